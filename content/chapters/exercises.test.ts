// Every exercise of the book, run as a student would meet it: the starter code through its check
// (it must not pass: no check is trivially true), the worked solution through the same check (it
// must pass), each predict exercise's answers (exactly the right one passes), and the book's answers
// against closed forms.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as numerics from "@descent/numerics";
import { runSnippet } from "../../src/live/runner/run-snippet";
import type { Verdict } from "../../src/live/exercise/verdict";

const modules = { "@descent/numerics": numerics };

interface Exercise {
  chapter: string;
  id: string;
  number: string;
  kind: "compute" | "predict" | "derive";
  code?: string;
  check?: string;
  solution?: string;
  choices?: string[];
  hints: number;
  body: string;
}

/** The exercises of a chapter, read from its MDX: the element's props and its raw imports. */
function exercisesOf(chapter: string): Exercise[] {
  const dir = join(__dirname, chapter);
  const mdx = readFileSync(join(dir, "index.mdx"), "utf8");
  const raw = new Map(
    [...mdx.matchAll(/import (\w+) from "\.\/([\w.-]+\.ts)\?raw";/g)].map((m) => [
      m[1]!,
      readFileSync(join(dir, m[2]!), "utf8"),
    ]),
  );
  const source = (name: string | undefined) => {
    if (name === undefined) return undefined;
    const text = raw.get(name);
    if (text === undefined) throw new Error(`${chapter}: ${name} is not imported raw`);
    return text;
  };
  return [...mdx.matchAll(/<Exercise\s([^>]*)>([\s\S]*?)<\/Exercise>/g)].map((m) => {
    const props = m[1]!;
    const body = m[2]!;
    const prop = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(props)?.[1];
    const expression = (name: string) => new RegExp(`${name}=\\{(\\w+)\\}`).exec(props)?.[1];
    const choices = /choices=\{(\[[^\]]*\])\}/.exec(props)?.[1];
    return {
      chapter,
      id: prop("id")!,
      number: prop("number")!,
      kind: prop("kind") as Exercise["kind"],
      code: source(expression("code")),
      check: source(expression("check")),
      solution: source(/<Solution[^>]*code=\{(\w+)\}/.exec(body)?.[1]),
      choices: choices ? (JSON.parse(choices) as string[]) : undefined,
      hints: [...body.matchAll(/<Hint slot="hint"/g)].length,
      body,
    };
  });
}

const chapters = readdirSync(__dirname, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const exercises = chapters.flatMap(exercisesOf);

/** The check's verdict on a run of `code` (with a committed `answer`), failing the test if the run fails. */
function verdictOn(code: string, check: string, answer?: string): Verdict {
  const result = runSnippet(code, modules, undefined, answer === undefined ? { check } : { check, answer });
  if (!result.ok) throw new Error(`the code fails: ${result.error.message}`);
  expect(result.verdict, "a verdict").toBeDefined();
  return result.verdict!;
}
const solved = (v: Verdict) => "solved" in v && v.solved;

describe("the book's exercises", () => {
  it("number at least 4 a chapter and 14 in all, of all three kinds, numbered in order, ids unique", () => {
    expect(exercises.length).toBeGreaterThanOrEqual(14);
    for (const [i, chapter] of chapters.entries()) {
      const own = exercises.filter((e) => e.chapter === chapter);
      expect(own.length, chapter).toBeGreaterThanOrEqual(4);
      expect(own.map((e) => e.number)).toEqual(own.map((_, k) => `${i + 1}.${k + 1}`));
    }
    expect(new Set(exercises.map((e) => e.id)).size).toBe(exercises.length);
    for (const kind of ["compute", "predict", "derive"])
      expect(
        exercises.some((e) => e.kind === kind),
        kind,
      ).toBe(true);
  });

  it("each have hints and a worked solution; compute and predict ones a check, compute ones loadable code", () => {
    for (const e of exercises) {
      expect(e.hints, e.number).toBeGreaterThanOrEqual(1);
      expect(e.body, e.number).toMatch(/<Solution slot="solution"/);
      if (e.kind !== "derive") expect(e.check, e.number).toBeDefined();
      if (e.kind === "compute") expect(e.solution, e.number).toBeDefined();
      if (e.kind === "derive") expect(e.code, e.number).toBeUndefined();
    }
  });

  for (const e of exercises.filter((e) => e.kind === "compute")) {
    it(`${e.number} (compute): the starter does not pass its check, with a specific message; the solution does`, () => {
      const before = verdictOn(e.code!, e.check!);
      expect(before, "the starter's verdict").toMatchObject({ solved: false });
      expect("message" in before && before.message.length).toBeGreaterThan(30);
      expect(verdictOn(e.solution!, e.check!), "the solution's verdict").toMatchObject({ solved: true });
    });
  }

  for (const e of exercises.filter((e) => e.kind === "predict")) {
    it(`${e.number} (predict): without an answer it asks for one; exactly the right answer passes`, () => {
      expect(verdictOn(e.code!, e.check!)).toMatchObject({ solved: false });
      if (e.choices) {
        const passing = e.choices.filter((_, i) => solved(verdictOn(e.code!, e.check!, String(i))));
        expect(passing, "choices that pass").toHaveLength(1);
        expect(passing[0]).toBe(e.choices[predicted[e.id] as number]);
      } else {
        const answer = predicted[e.id] as number;
        expect(solved(verdictOn(e.code!, e.check!, String(answer))), `${answer} passes`).toBe(true);
        for (const wrong of [answer * 2, answer / 2, -answer])
          expect(solved(verdictOn(e.code!, e.check!, String(wrong))), `${wrong} fails`).toBe(false);
        expect(verdictOn(e.code!, e.check!, "twelve")).toMatchObject({ solved: false });
      }
    });
  }
});

/**
 * The right answer of each predict exercise, from a closed form (or by reasoning stated here), not
 * from the exercise's own check: a choice's index, or a number.
 */
const predicted: Record<string, number> = {
  // Euler on x(1 − x) near x = 1 multiplies x − 1 by 1 − h = −0.5: it overshoots and settles (choice 1).
  "ch1-overshoot": (() => {
    const factor = 1 - 1.5;
    return factor > 0 ? 0 : factor > -1 ? 1 : 2;
  })(),
  // The flow on ½(ab − 1)² keeps c = a² − b² = 1 − 4 and ends at the sharpness √(c² + 4) (2.28).
  "ch2-sharpness": Math.sqrt((1 - 4) ** 2 + 4),
  // η = 0.5 exceeds 2/L″ at the deep valley (L″ = 3w² − 2 at w ≈ −1.484) but not at the shallow one
  // (w ≈ 1.332): from A the run ends in the shallow valley (choice 1).
  "ch3-which-valley": (() => {
    const holds = (w: number) => 0.5 < 2 / (3 * w * w - 2);
    return !holds(-1.484) && holds(1.332) ? 1 : 0;
  })(),
  // θ_k = 0.8^k: the first k with 0.8^k < 10⁻⁶ (3.7).
  "ch3-steps-to-converge": Math.ceil(Math.log(1e-6) / Math.log(0.8)),
};
