// The book model on small books written into a temporary folder: what it reads from a chapter's
// folder, and the message it stops with on each kind of bad input, naming the file and the field.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BookError } from "./book-error";
import { readBook } from "./book";
import { blockName, liveBlocks } from "./live-blocks";
import { mentionsIn } from "./mentions";
import course from "../../course.config";

const FRONT = (number: number, slug: string, extra = "") => `---
title: Fixture ${number}
slug: ${slug}
number: ${number}
summary: A chapter written for the book model's tests.
sources:
  - title: "A source"
${extra}---
`;

/** A whole chapter: a section, a numbered equation, a figure, a compute exercise; `body` goes at the end. */
const chapter = (number: number, slug: string, body = "") => ({
  "index.mdx": `${FRONT(number, slug)}import first from "./first.ts?raw";
import starter from "./ex-a.ts?raw";
import check from "./ex-a.check.ts?raw";
import solution from "./ex-a.solution.ts?raw";

## A section

Display math, numbered:

$$
x_{k+1} = x_k - \\eta \\nabla L(x_k) \\tag{${number}.1}
$$

and not:

$$
y = {1 \\over 2}
$$

<LiveCode id="ch${number}-first" code={first}>

**Figure ${number}.1.** A caption. _Try:_ set \`eta\` to 2 and see (${number}.1) at work.

</LiveCode>

### A smaller section

Figure ${number}.1 shows (${number}.1); \`Figure 9.9\` in code and $\\text{Figure 9.9}$ in math are no mentions.

<Exercise id="ch${number}-a" number="${number}.1" kind="compute" code={starter} check={check}>

Make it converge.

<Hint slot="hint">Look at the step.</Hint>
<Hint slot="hint">Smaller.</Hint>
<Solution slot="solution" code={solution}>Halve it.</Solution>

</Exercise>
${body}`,
  "first.ts": "export default 1;\n",
  "ex-a.ts": "export const eta = 1;\n",
  "ex-a.check.ts": "export default () => ({ solved: false, message: 'no' });\n",
  "ex-a.solution.ts": "export const eta = 0.1;\n",
});

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/** Writes a book of `folders` (folder → file → text) into a new temporary chapters' folder. */
function write(folders: Record<string, Record<string, string>>): string {
  root = mkdtempSync(join(tmpdir(), "book-model-"));
  for (const [folder, files] of Object.entries(folders)) {
    mkdirSync(join(root, folder));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(root, folder, name), text);
  }
  return root;
}

/** The problems readBook stops with (failing the test if it does not stop with a BookError). */
function problemsOf(book: string): string[] {
  try {
    readBook(book);
  } catch (error) {
    expect(error).toBeInstanceOf(BookError);
    // Each a message about the book, never a stack trace.
    expect((error as Error).message).not.toMatch(/^\s+at /m);
    return (error as BookError).problems;
  }
  throw new Error("the book was read without a problem");
}

describe("the book model reads a chapter's folder", () => {
  it("gives the chapters in their order, whatever the folders' order on disk", () => {
    const book = readBook(write({ "02-second": chapter(2, "second"), "01-first": chapter(1, "first") }));
    expect(book.chapters.map((c) => [c.number, c.slug, c.folder, c.title])).toEqual([
      [1, "first", "01-first", "Fixture 1"],
      [2, "second", "02-second", "Fixture 2"],
    ]);
    expect(book.chapters[0]!.sources).toEqual([{ title: "A source" }]);
    expect(book.chapterNumbered(2)?.slug).toBe("second");
    expect(book.chapterHolding(join(root!, "02-second", "index.mdx"))?.number).toBe(2);
  });

  it("finds its blocks, exercises, equations, headings and mentions, with their anchors", () => {
    const book = readBook(write({ "01-first": chapter(1, "first") }));
    const one = book.chapters[0]!;
    expect(one.blocks).toEqual([
      { id: "ch1-first", file: "first.ts", figure: "1.1", anchor: "figure-ch1-first", line: expect.any(Number) },
    ]);
    expect(one.snippets).toEqual(["first.ts"]);
    expect(one.exercises).toEqual([
      {
        id: "ch1-a",
        number: "1.1",
        kind: "compute",
        anchor: "exercise-1-1",
        files: { starter: "ex-a.ts", check: "ex-a.check.ts", solution: "ex-a.solution.ts" },
        hints: 2,
        workedSolution: true,
        line: expect.any(Number),
      },
    ]);
    expect(one.equations.map((e) => [e.number, e.anchor])).toEqual([["1.1", "eq-1-1"]]);
    expect(one.displayMath).toBe(2);
    expect(one.headings.map((h) => [h.depth, h.text])).toEqual([
      [2, "A section"],
      [3, "A smaller section"],
    ]);
    // The caption's label is its name; its Try mentions (1.1); the prose mentions Figure 1.1 and (1.1).
    expect(one.mentions.map((m) => m.text)).toEqual(["(1.1)", "Figure 1.1", "(1.1)"]);
    expect(book.figures.get("1.1")).toEqual({ chapter: one, anchor: "figure-ch1-first" });
    expect(book.equations.get("1.1")).toEqual({ chapter: one, anchor: "eq-1-1" });
    expect(book.exercises.get("1.1")).toEqual({ chapter: one, anchor: "exercise-1-1" });
  });

  it("knows a predict exercise's choices and its right answer's file", () => {
    const files = chapter(
      1,
      "first",
      `
import guess from "./ex-guess.ts?raw";
import guessCheck from "./ex-guess.check.ts?raw";

<Exercise id="ch1-guess" number="1.2" kind="predict" code={guess} check={guessCheck} choices={["up", "down"]}>

<Hint slot="hint">Think.</Hint>
<Solution slot="solution">Down.</Solution>

</Exercise>
`,
    );
    const book = readBook(
      write({ "01-first": { ...files, "ex-guess.ts": "", "ex-guess.check.ts": "", "ex-guess.answer.ts": "" } }),
    );
    expect(book.chapters[0]!.exercises[1]).toMatchObject({
      number: "1.2",
      kind: "predict",
      choices: ["up", "down"],
      files: { starter: "ex-guess.ts", check: "ex-guess.check.ts", answer: "ex-guess.answer.ts" },
      hints: 1,
    });
  });
});

describe("the book's live blocks", () => {
  it("are its figures and its exercises with code, in page order, with their code, check, anchor and title", () => {
    const book = readBook(write({ "01-first": chapter(1, "first"), "02-second": chapter(2, "second") }));
    const blocks = liveBlocks(book);
    expect(blocks.map((b) => [b.id, b.kind, b.number, b.file, b.check, b.anchor, b.chapter.slug])).toEqual([
      ["ch1-first", "figure", "1.1", "first.ts", undefined, "figure-ch1-first", "first"],
      ["ch1-a", "exercise", "1.1", "ex-a.ts", "ex-a.check.ts", "exercise-1-1", "first"],
      ["ch2-first", "figure", "2.1", "first.ts", undefined, "figure-ch2-first", "second"],
      ["ch2-a", "exercise", "2.1", "ex-a.ts", "ex-a.check.ts", "exercise-2-1", "second"],
    ]);
    expect(blocks[1]!.code).toBe("export const eta = 1;\n");
    expect(blocks[1]!.checkCode).toBe("export default () => ({ solved: false, message: 'no' });\n");
    expect(blocks[0]!.title).toBe(`Figure 1.1 · Fixture 1 · ${course.title}`);
    expect(blockName({ kind: "figure" })).toBe("A figure");
  });
});

describe("the book model stops on bad input, naming the file and the field", () => {
  it("a chapter folder without index.mdx", () => {
    const book = write({ "01-first": chapter(1, "first"), "02-notes": { "draft.md": "notes" } });
    expect(problemsOf(book)).toEqual([
      `${join(book, "02-notes")}: a chapter folder needs its page, index.mdx, and this one has none ` +
        `(every folder in the chapters' folder is a chapter; move anything else out of it)`,
    ]);
  });

  it("front matter missing a field", () => {
    const files = chapter(1, "first");
    const book = write({ "01-first": { ...files, "index.mdx": files["index.mdx"].replace(/^summary: .*\n/m, "") } });
    expect(problemsOf(book)).toEqual([
      `${join(book, "01-first", "index.mdx")}: front matter field "summary" is missing`,
    ]);
  });

  it("front matter with a field of the wrong kind, and front matter that is not YAML", () => {
    const files = chapter(1, "first");
    const wrong = write({
      "01-first": { ...files, "index.mdx": files["index.mdx"].replace("number: 1", "number: one") },
    });
    expect(problemsOf(wrong).join("\n")).toMatch(/01-first\/index\.mdx: front matter field "number" .*number/);
    rmSync(wrong, { recursive: true });
    const broken = write({ "01-first": { ...files, "index.mdx": files["index.mdx"].replace("title:", "title: [") } });
    expect(problemsOf(broken)[0]).toMatch(/01-first\/index\.mdx: the front matter is not valid YAML: /);
  });

  it("two chapters with one number, and two with one slug", () => {
    const sameNumber = write({ "01-first": chapter(1, "first"), "01-other": chapter(1, "other") });
    const problems = problemsOf(sameNumber);
    expect(problems).toContain(
      `${join(sameNumber, "01-other", "index.mdx")}: front matter field "number" (1) is used twice: ` +
        `also at ${join(sameNumber, "01-first", "index.mdx")}`,
    );
    rmSync(sameNumber, { recursive: true });
    const sameSlug = write({ "01-first": chapter(1, "first"), "02-first": chapter(2, "first") });
    expect(problemsOf(sameSlug)).toEqual([
      `${join(sameSlug, "02-first", "index.mdx")}: front matter field "slug" ("first") is used twice: ` +
        `also at ${join(sameSlug, "01-first", "index.mdx")}`,
    ]);
  });

  it("a slug that is the address of one of the site's own pages", () => {
    const book = write({ "01-notation": chapter(1, "notation") });
    expect(problemsOf(book)).toEqual([
      `${join(book, "01-notation", "index.mdx")}: front matter field "slug" ("notation") is the address of a site page`,
    ]);
  });

  it("a folder whose number is not the chapter's", () => {
    const book = write({ "03-first": chapter(1, "first") });
    expect(problemsOf(book)).toEqual([
      `${join(book, "03-first", "index.mdx")}: front matter field "number" is 1, and the folder's name says 3: ` +
        `rename the folder or change the number`,
    ]);
  });

  it("a block id used twice (in two chapters)", () => {
    const two = chapter(2, "second");
    const clash = { ...two, "index.mdx": two["index.mdx"].replace('id="ch2-first"', 'id="ch1-first"') };
    const book = write({ "01-first": chapter(1, "first"), "02-second": clash });
    const [problem, ...rest] = problemsOf(book);
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      new RegExp(
        `^${join(book, "02-second", "index.mdx")}:\\d+: the block id "ch1-first" is used twice: ` +
          `also at ${join(book, "01-first", "index.mdx")}:\\d+$`,
      ),
    );
  });

  it("an exercise numbered out of order", () => {
    const files = chapter(1, "first");
    const book = write({
      "01-first": { ...files, "index.mdx": files["index.mdx"].replace('number="1.1"', 'number="1.2"') },
    });
    expect(problemsOf(book)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${join(book, "01-first", "index.mdx")}:\\d+: Exercise 1.2: field "number" is out of order: ` +
            `the chapter's exercise 1 is numbered 1.1$`,
        ),
      ),
    ]);
  });

  it("a mention of a figure the book no longer has (its chapter removed)", () => {
    const book = write({ "01-first": chapter(1, "first", "\nAs Figure 2.1 showed, and Exercise 1.1 asks.\n") });
    expect(problemsOf(book)).toEqual([
      expect.stringMatching(/01-first\/index\.mdx:\d+: "Figure 2\.1" is mentioned, and the book has no Figure 2\.1$/),
    ]);
  });

  it("a block whose code is not a snippet imported as text, and a snippet file that is not there", () => {
    const files = chapter(1, "first");
    const { "first.ts": _, ...rest } = files;
    const book = write({
      "01-first": { ...rest, "index.mdx": files["index.mdx"].replace("code={first}", "code={frist}") },
    });
    const problems = problemsOf(book).join("\n");
    expect(problems).toMatch(/index\.mdx:\d+: imports "\.\/first\.ts\?raw", and the chapter's folder has no first\.ts/);
    expect(problems).toMatch(/index\.mdx:\d+: <LiveCode> code=\{…\} must name a snippet imported as text/);
  });
});

describe("mentions", () => {
  it("are equations in parentheses, figures and exercises (one or several), and chapters", () => {
    const found = mentionsIn("See (2.7), Figures 2.1 and 2.3, Exercise 3.2 and chapter 3.");
    expect(found.map((m) => [m.kind, m.text, m.numbers.map((n) => n.number)])).toEqual([
      ["equation", "(2.7)", ["2.7"]],
      ["figure", "Figures 2.1 and 2.3", ["2.1", "2.3"]],
      ["exercise", "Exercise 3.2", ["3.2"]],
      ["chapter", "chapter 3", ["3"]],
    ]);
    // Each number's place within the mention's text.
    const figures = found[1]!;
    expect(figures.numbers.map((n) => figures.text.slice(n.at, n.at + n.number.length))).toEqual(["2.1", "2.3"]);
  });
});
