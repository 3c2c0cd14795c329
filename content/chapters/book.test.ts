// The book as a whole, as the book model reads it (src/book/): every live block wired into its chapter
// and drawable, and every exercise run as a student would meet it: the starter through its check (it
// must not pass: no check is trivially true), the worked solution through the same check (it must
// pass), and each predict exercise's answers (exactly the right one passes, the right one taken from
// the exercise's `ex-*.answer.ts`, a closed form). Each chapter's own figures and captions are tested
// in its folder (chapter.test.ts). What the course asks of every chapter beyond this (how many blocks
// and exercises at least) is course.config.ts's `chapterMinimum`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFigure } from "@descent/numerics";
import course from "../../course.config";
import { readBook, type Chapter, type Exercise } from "../../src/book";
import { SNIPPET_MODULES as modules } from "../../src/live/runner/snippet-modules";
import { runSnippet } from "../../src/live/runner/run-snippet";
import type { Verdict } from "../../src/live/runner/verdict";

const book = readBook(import.meta.dirname);
const { liveBlocks, exercises: exercisesAtLeast } = course.chapterMinimum;
const source = (chapter: Chapter, file: string) => readFileSync(join(chapter.dir, file), "utf8");

describe("the book's live blocks", () => {
  it("are wired into their chapters: every snippet of a folder is a block's, ids unique in the book", () => {
    const ids = new Set<string>();
    for (const chapter of book.chapters) {
      expect(chapter.blocks.map((b) => b.file).sort(), `${chapter.folder}: its snippets, each a block's`).toEqual(
        chapter.snippets,
      );
      for (const { id } of [...chapter.blocks, ...chapter.exercises]) {
        expect(ids.has(id), `${chapter.folder}: id ${id} used twice`).toBe(false);
        ids.add(id);
      }
    }
  });

  it(`number at least ${liveBlocks} a chapter (course.config.ts, chapterMinimum)`, () => {
    for (const chapter of book.chapters)
      expect(
        chapter.blocks.length,
        `${chapter.folder}: live blocks (course.config.ts asks for ${liveBlocks})`,
      ).toBeGreaterThanOrEqual(liveBlocks);
  });

  it("all compute figure data the site can draw, run as the site runs them", () => {
    for (const chapter of book.chapters)
      for (const block of chapter.blocks) {
        const result = runSnippet(source(chapter, block.file), modules);
        const where = `${chapter.folder}/${block.file}`;
        if (!result.ok) throw new Error(`${where} fails: ${result.error.message}`);
        expect(checkFigure(result.figure), where).toBeUndefined();
      }
  });
});

/** The check's verdict on a run of `code` (with a committed `answer`), failing the test if the run fails. */
function verdictOn(code: string, check: string, answer?: string): Verdict {
  const result = runSnippet(code, modules, undefined, answer === undefined ? { check } : { check, answer });
  if (!result.ok) throw new Error(`the code fails: ${result.error.message}`);
  expect(result.verdict, "a verdict").toBeDefined();
  return result.verdict!;
}
const solved = (v: Verdict) => "solved" in v && v.solved;
const said = (v: Verdict) => ("message" in v ? v.message : JSON.stringify(v));

const exercises = book.chapters.flatMap((chapter) => chapter.exercises.map((exercise) => ({ chapter, exercise })));

describe("the book's exercises", () => {
  it(`number at least ${exercisesAtLeast} a chapter (course.config.ts, chapterMinimum), in order`, () => {
    for (const chapter of book.chapters) {
      expect(
        chapter.exercises.length,
        `${chapter.folder}: exercises (course.config.ts asks for ${exercisesAtLeast})`,
      ).toBeGreaterThanOrEqual(exercisesAtLeast);
      expect(chapter.exercises.map((e) => e.number)).toEqual(
        chapter.exercises.map((_, k) => `${chapter.number}.${k + 1}`),
      );
    }
  });

  it("each have hints and a worked solution; compute and predict ones a check, compute ones loadable code", () => {
    for (const { exercise: e } of exercises) {
      expect(e.hints, e.number).toBeGreaterThanOrEqual(1);
      expect(e.workedSolution, `${e.number}: a worked solution`).toBe(true);
      if (e.kind !== "derive") expect(e.files.check, e.number).toBeDefined();
      if (e.kind === "compute") expect(e.files.solution, e.number).toBeDefined();
      if (e.kind === "derive") expect(e.files.starter, e.number).toBeUndefined();
    }
  });

  for (const { chapter, exercise: e } of exercises.filter(({ exercise }) => exercise.kind === "compute")) {
    it(`${e.number} (compute): the starter does not pass its check, with a specific message; the solution does`, () => {
      const check = source(chapter, e.files.check!);
      const before = verdictOn(source(chapter, e.files.starter!), check);
      expect(before, "the starter's verdict").toMatchObject({ solved: false });
      expect("message" in before && before.message.length).toBeGreaterThan(30);
      const after = verdictOn(source(chapter, e.files.solution!), check);
      expect(after, `the solution's verdict: ${said(after)}`).toMatchObject({ solved: true });
    });
  }

  for (const { chapter, exercise: e } of exercises.filter(({ exercise }) => exercise.kind === "predict")) {
    it(`${e.number} (predict): without an answer it asks for one; exactly the right answer passes`, async () => {
      const code = source(chapter, e.files.starter!);
      const check = source(chapter, e.files.check!);
      expect(verdictOn(code, check)).toMatchObject({ solved: false });
      const right = await predicted(chapter, e);
      if (e.choices) {
        const passing = e.choices.filter((_, i) => solved(verdictOn(code, check, String(i))));
        expect(passing, "choices that pass").toHaveLength(1);
        expect(passing[0]).toBe(e.choices[right]);
      } else {
        expect(solved(verdictOn(code, check, String(right))), `${right} passes`).toBe(true);
        for (const wrong of [right * 2, right / 2, -right])
          expect(solved(verdictOn(code, check, String(wrong))), `${wrong} fails`).toBe(false);
        expect(verdictOn(code, check, "twelve")).toMatchObject({ solved: false });
      }
    });
  }
});

/** A predict exercise's right answer (a choice's index, or a number), from its `ex-*.answer.ts`. */
async function predicted(chapter: Chapter, e: Exercise): Promise<number> {
  if (!e.files.answer) {
    const file = e.files.starter!.replace(/\.ts$/, ".answer.ts");
    throw new Error(`Exercise ${e.number} (predict) needs its right answer in ${chapter.folder}/${file}`);
  }
  const module = (await import(join(chapter.dir, e.files.answer))) as { default: number };
  return module.default;
}
