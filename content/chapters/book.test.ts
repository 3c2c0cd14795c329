// The book as a whole: every live block wired into its chapter and drawable, and every exercise run
// as a student would meet it: the starter through its check (it must not pass: no check is trivially
// true), the worked solution through the same check (it must pass), and each predict exercise's
// answers (exactly the right one passes, the right one taken from the exercise's `ex-*.answer.ts`,
// a closed form). Each chapter's own figures and captions are tested in its folder (chapter.test.ts).
/// <reference types="vite/client" />
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFigure, type Figure } from "@descent/numerics";
import { runSnippet } from "../../src/live/runner/run-snippet";
import type { Verdict } from "../../src/live/runner/verdict";
import { SNIPPET_MODULES as modules } from "./testing";

/** Every figure's snippet, found in the chapters' folders (tests and exercises, `ex-*.ts`, aside). */
const snippets = import.meta.glob<{ default: Figure }>(["./*/*.ts", "!./*/*.test.ts", "!./*/ex-*.ts"], {
  eager: true,
});
/** Each predict exercise's right answer, by its folder and name: `./03-x/ex-name.answer.ts`. */
const answers = import.meta.glob<{ default: number }>("./*/ex-*.answer.ts", { eager: true });

const chapters = readdirSync(__dirname, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe("the book's live blocks", () => {
  it("are wired into their chapters: imported raw, in a LiveCode block with a unique id, three a chapter", () => {
    const ids = new Set<string>();
    for (const chapter of chapters) {
      const mdx = readFileSync(join(__dirname, chapter, "index.mdx"), "utf8");
      const snippets = readdirSync(join(__dirname, chapter)).filter(
        (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.startsWith("ex-"),
      );
      expect(snippets.length, chapter).toBeGreaterThanOrEqual(3);
      for (const file of snippets) {
        // Imported as text and placed in a block, which runs it at build time and in the browser.
        const name = new RegExp(`import (\\w+) from "\\./${file}\\?raw";`).exec(mdx)?.[1];
        expect(name, `${chapter}/${file} raw import`).toBeDefined();
        expect(mdx, `${chapter}/${file} in a LiveCode block`).toMatch(
          new RegExp(`<LiveCode id="[^"]+" code=\\{${name}\\}`),
        );
      }
      const blocks = [...mdx.matchAll(/<LiveCode id="([^"]+)"/g)].map((m) => m[1]!);
      expect(blocks.length, chapter).toBe(snippets.length);
      for (const id of blocks) {
        expect(ids.has(id), `duplicate id ${id}`).toBe(false);
        ids.add(id);
      }
    }
  });

  it("all export figure data the site can draw", () => {
    expect(Object.keys(snippets).length).toBeGreaterThanOrEqual(11);
    for (const [path, module] of Object.entries(snippets)) expect(checkFigure(module.default), path).toBeUndefined();
  });
});

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
        expect(passing[0]).toBe(e.choices[predicted(e)]);
      } else {
        const answer = predicted(e);
        expect(solved(verdictOn(e.code!, e.check!, String(answer))), `${answer} passes`).toBe(true);
        for (const wrong of [answer * 2, answer / 2, -answer])
          expect(solved(verdictOn(e.code!, e.check!, String(wrong))), `${wrong} fails`).toBe(false);
        expect(verdictOn(e.code!, e.check!, "twelve")).toMatchObject({ solved: false });
      }
    });
  }
});

/** A predict exercise's right answer (a choice's index, or a number), from its `ex-*.answer.ts`. */
function predicted(e: Exercise): number {
  const starter = readFileSync(join(__dirname, e.chapter, "index.mdx"), "utf8");
  const file = new RegExp(`import \\w+ from "\\./(ex-[\\w-]+)\\.ts\\?raw";`, "g");
  const names = [...starter.matchAll(file)].map((m) => m[1]!).filter((n) => !n.includes("."));
  const name = names.find((n) => readFileSync(join(__dirname, e.chapter, `${n}.ts`), "utf8") === e.code);
  const answer = name && answers[`./${e.chapter}/${name}.answer.ts`];
  if (!answer)
    throw new Error(`Exercise ${e.number} (predict) needs its right answer in ${e.chapter}/${name}.answer.ts`);
  return answer.default;
}
