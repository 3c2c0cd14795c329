/**
 * The book model: the chapters in course order and what each holds (live blocks, exercises, figures,
 * equations, anchors), read once from the chapters' folders. The site's pages and plugins, the tests
 * and the bench all ask it; nothing else lists chapters or reads a chapter's MDX.
 *
 * It stops at the first read with a BookError listing every problem of the book's sources, each
 * naming its file and field: a folder without its page, a front-matter field missing or wrong, two
 * chapters with one number or slug, an id used twice, an exercise numbered out of order, a mention of
 * a figure or exercise the book does not number.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { BookError, placeOf } from "./book-error.ts";
import { CHAPTERS_FOLDER, PAGE_FILE, shown } from "./folders.ts";
import { readChapter } from "./read-chapter.ts";
import type { Book, Chapter, Target } from "./types.ts";

/** URL segments the site's own pages use (src/pages): no chapter may take one as its slug. */
const SITE_PAGES = ["notation", "embed", "pagefind", "404"];

/** Reads the book from `root`, the chapters' folder (one folder a chapter); throws a BookError. */
export function readBook(root: string): Book {
  const problems: string[] = [];
  let folders: string[];
  try {
    folders = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
      .map((entry) => entry.name)
      .sort();
  } catch {
    throw new BookError([`${shown(root)}: the chapters' folder is not there`]);
  }
  const chapters: Chapter[] = [];
  for (const folder of folders) {
    const reading = readChapter(join(root, folder), folder);
    problems.push(...reading.problems);
    if (reading.chapter) chapters.push(reading.chapter);
  }
  chapters.sort((a, b) => a.number - b.number);

  const firstWith = new Map<string, string>();
  /** `key` (e.g. "number 2") is claimed at `place`; a second claim is a problem. */
  const once = (key: string, place: string, what: string) => {
    const first = firstWith.get(key);
    if (first) problems.push(`${place}: ${what} is used twice: also at ${first}`);
    else firstWith.set(key, place);
  };
  for (const chapter of chapters) {
    once(`number ${chapter.number}`, chapter.file, `front matter field "number" (${chapter.number})`);
    once(`slug ${chapter.slug}`, chapter.file, `front matter field "slug" ("${chapter.slug}")`);
    if (SITE_PAGES.includes(chapter.slug))
      problems.push(`${chapter.file}: front matter field "slug" ("${chapter.slug}") is the address of a site page`);
    // A live block's id and an exercise's id share one namespace: the keys of saved edits.
    for (const block of chapter.blocks)
      once(`id ${block.id}`, placeOf(chapter.file, block.line), `the block id "${block.id}"`);
    for (const exercise of chapter.exercises)
      if (exercise.id) once(`id ${exercise.id}`, placeOf(chapter.file, exercise.line), `the id "${exercise.id}"`);
  }

  const figures = new Map<string, Target>();
  const equations = new Map<string, Target>();
  const exercises = new Map<string, Target>();
  const number = (map: Map<string, Target>, what: string, value: string, target: Target, line: number) => {
    const place = placeOf(target.chapter.file, line);
    if (map.has(value)) problems.push(`${place}: ${what} ${value} is numbered twice`);
    else map.set(value, target);
  };
  for (const chapter of chapters) {
    for (const block of chapter.blocks)
      if (block.figure) number(figures, "Figure", block.figure, { chapter, anchor: block.anchor }, block.line);
    for (const equation of chapter.equations)
      number(equations, "Equation", equation.number, { chapter, anchor: equation.anchor }, equation.line);
    for (const exercise of chapter.exercises)
      if (/^\d+\.\d+$/.test(exercise.number))
        number(exercises, "Exercise", exercise.number, { chapter, anchor: exercise.anchor }, exercise.line);
  }

  const book: Book = {
    root,
    chapters,
    figures,
    equations,
    exercises,
    chapterNumbered: (n) => chapters.find((c) => c.number === n),
    chapterHolding: (path) => {
      const folder = relative(root, resolve(path)).split(sep)[0];
      return chapters.find((c) => c.folder === folder);
    },
  };
  for (const chapter of chapters) problems.push(...unnumberedMentions(book, chapter.file, chapter.mentions));
  if (problems.length > 0) throw new BookError(problems);
  return book;
}

/**
 * The problems of mentions in a page (`file`): each figure or exercise mentioned must be one the book
 * numbers. (An equation number the book does not have stays text: "(0.5)" may be a plain number; a
 * chapter it does not have may be another book's.)
 */
export function unnumberedMentions(
  book: Book,
  file: string,
  mentions: { kind: string; numbers: { number: string }[]; line: number }[],
): string[] {
  const problems: string[] = [];
  for (const mention of mentions) {
    if (mention.kind !== "figure" && mention.kind !== "exercise") continue;
    const map = mention.kind === "figure" ? book.figures : book.exercises;
    const name = mention.kind === "figure" ? "Figure" : "Exercise";
    for (const { number } of mention.numbers)
      if (!map.has(number))
        problems.push(
          `${placeOf(file, mention.line)}: "${name} ${number}" is mentioned, and the book has no ${name} ${number}`,
        );
  }
  return problems;
}

/** A signature of what the book is read from, so a changed chapter is read again (in `astro dev`). */
function signature(root: string): string {
  try {
    return readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => {
        const page = join(root, entry.name, PAGE_FILE);
        let stamp = "none";
        try {
          stamp = String(statSync(page).mtimeMs);
        } catch {
          // No page: readBook says so.
        }
        return `${entry.name}:${stamp}`;
      })
      .join("|");
  } catch {
    return "no folder";
  }
}

const read = new Map<string, { signature: string; book: Book }>();

/** The book in `root`, read once (and again only when a chapter's page changed). */
export function bookAt(root: string): Book {
  const now = signature(root);
  const known = read.get(root);
  if (known && known.signature === now) return known.book;
  const book = readBook(root);
  read.set(root, { signature: now, book });
  return book;
}

/** The chapters' folder of the project in the working directory (as every npm script runs). */
export const chaptersRoot = () => resolve(CHAPTERS_FOLDER);

/** The book of the project in the working directory: what the site's pages ask. */
export const book = (): Book => bookAt(chaptersRoot());
