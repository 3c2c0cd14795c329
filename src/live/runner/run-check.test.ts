import { describe, expect, it } from "vitest";
import { SNIPPET_MODULES as modules } from "../../lib/snippet-modules";
import { runSnippet } from "./run-snippet";

const check = `export default function check({ eta }: { eta?: number }) {
  if (typeof eta !== "number") return { solved: false, message: "export a number eta", hint: 1 };
  if (eta >= 0.2)
    return { solved: false, message: \`eta = \${eta} diverges: the largest eigenvalue is 10, so η < 0.2\`, hint: 2 };
  return { solved: true, message: "η below 2/λmax = 0.2 converges" };
}`;

describe("an exercise's check", () => {
  it("runs after the student's code, on its exports, and says what is right or wrong with the fitting hint", () => {
    const wrong = runSnippet("export const eta = 0.3;", modules, undefined, { check });
    expect(wrong).toMatchObject({
      ok: true,
      verdict: { solved: false, message: expect.stringMatching(/η < 0\.2/), hint: 2 },
    });
    const right = runSnippet("export const eta = 0.15;", modules, undefined, { check });
    expect(right).toMatchObject({ ok: true, verdict: { solved: true } });
    // No figure needed: an exercise's code draws one or not.
    expect(right.ok && right.figure).toBeUndefined();
  });

  it("is not run on code that fails: the student fixes the error first", () => {
    const result = runSnippet("export const eta = ;", modules, undefined, { check });
    expect(result).toMatchObject({ ok: false, error: { kind: "syntax" } });
  });

  it("that throws, returns nonsense or does not compile is the check's fault, said so", () => {
    const throwing = runSnippet("export const eta = 1;", modules, undefined, {
      check: "export default () => { throw new Error('oops'); }",
    });
    expect(throwing).toMatchObject({ ok: true, verdict: { broken: "Error: oops" } });
    const nonsense = runSnippet("export const eta = 1;", modules, undefined, { check: "export default () => 42;" });
    expect(nonsense).toMatchObject({
      ok: true,
      verdict: { broken: expect.stringMatching(/must return \{ solved, message \}/) },
    });
    const broken = runSnippet("export const eta = 1;", modules, undefined, { check: "export default (=> 1;" });
    expect(broken).toMatchObject({ ok: true, verdict: { broken: expect.stringMatching(/line 1 of the check/) } });
    const notAFunction = runSnippet("export const eta = 1;", modules, undefined, { check: "export default 3;" });
    expect(notAFunction).toMatchObject({
      ok: true,
      verdict: { broken: "the check's default export is not a function" },
    });
  });
});
