import { describe, expect, it } from "vitest";
import { SNIPPET_MODULES as modules } from "./snippet-modules";
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

  it("blames the student for what their own code does when the check calls or reads it, with their line", () => {
    const step = "export function step(x: number) {\n  if (x > 1) throw new Error('too far');\n  return x;\n}";
    const called = runSnippet(step, modules, undefined, { check: "export default ({ step }) => step(2)" });
    expect(called).toMatchObject({
      ok: false,
      error: { kind: "runtime", message: "step threw Error: too far when the exercise's check called it", line: 2 },
    });
    const getter = "export const floors = {\n  get base(): number { throw new Error('not measured'); },\n};";
    const read = runSnippet(getter, modules, undefined, {
      check: "export default ({ floors }) => ({ solved: floors.base > 0, message: 'read' })",
    });
    expect(read).toMatchObject({
      ok: false,
      error: { message: "reading floors.base threw Error: not measured", line: 2 },
    });
    // A check that catches what the student's code threw says so in its own verdict, as before.
    const caught = runSnippet(step, modules, undefined, {
      check:
        "export default ({ step }) => { try { step(2); } catch { return { solved: false, message: 'it threw' }; } }",
    });
    expect(caught).toMatchObject({ ok: true, verdict: { solved: false, message: "it threw" } });
  });

  it("says when the student's code starts and ends while the check runs, and nothing else of the check's", () => {
    const heard: string[] = [];
    const checking = {
      start: () => heard.push("check"),
      enter: (what: string, how: string) => heard.push(`${how} ${what}`),
      leave: () => heard.push("back"),
    };
    runSnippet("export const xs = [1, 2];\nexport function f() { return xs; }", modules, undefined, {
      check: "export default ({ f, xs }) => ({ solved: f()[0] === 1 && xs.length === 2, message: 'ok' })",
      checking,
    });
    // f returns the exported array itself: it is the same value, under its own name.
    expect(heard).toEqual(["check", "call f", "back", "read xs[0]", "back", "read xs.length", "back"]);
  });

  it("sees the statics of Math, Number and the like as they were, whatever the student's code does meanwhile", () => {
    // The student's function replaces Math.abs on one call and puts it back on the next.
    const code = [
      "let real: ((x: number) => number) | undefined;",
      "export function flip() {",
      "  if (real) { Math.abs = real; real = undefined; } else { real = Math.abs; Math.abs = () => 0; }",
      "}",
    ].join("\n");
    const check =
      "export default ({ flip }) => {\n  flip();\n  const v = Math.abs(-3);\n  flip();\n" +
      "  return { solved: v === 3, message: `${v}` };\n}";
    const result = runSnippet(code, modules, undefined, { check });
    expect(result).toMatchObject({ ok: true, verdict: { solved: true, message: "3" } });
    expect(Math.abs(-3)).toBe(3);
  });

  it("is not run when the code changed what every run shares: it says what, and gives no verdict", () => {
    const result = runSnippet("export const eta = 1;", modules, undefined, { check, changed: () => "Math.abs" });
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^the code changed Math\.abs, .* it was not judged/) },
    });
  });
});
