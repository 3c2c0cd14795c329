/**
 * How a chapter's folder is laid out, in one place: where the chapters live, what a chapter's folder
 * is called, and what its files are by their names.
 *
 *   content/chapters/04-your-topic/
 *     index.mdx               the page: front matter, prose, blocks and exercises
 *     my-figure.ts            a live block's snippet
 *     ex-name.ts              an exercise's starter code; ex-name.check.ts its check,
 *                             ex-name.solution.ts its worked solution, ex-name.answer.ts a predict
 *                             exercise's right answer (read only by the tests)
 *     chapter.test.ts         the chapter's own tests
 */
import { isAbsolute, relative } from "node:path";

/** The chapters' folder, from the project's root: one folder a chapter. */
export const CHAPTERS_FOLDER = "content/chapters";

/** A chapter's page in its folder. */
export const PAGE_FILE = "index.mdx";

/** A chapter folder's name: its number, two digits or more, a hyphen, and any name (`04-your-topic`). */
export const FOLDER_NAME = /^(\d{2,})-[a-z0-9][a-z0-9-]*$/;

/** The folder name for chapter `number` with slug `slug`. */
export const folderName = (number: number, slug: string) => `${String(number).padStart(2, "0")}-${slug}`;

/** A test file (not a snippet). */
export const isTestFile = (file: string) => file.endsWith(".test.ts");

/** An exercise's file (starter, check, solution, answer): `ex-….ts`. */
export const isExerciseFile = (file: string) => file.startsWith("ex-") && file.endsWith(".ts");

/** A live block's snippet: any other TypeScript module of the folder. */
export const isSnippetFile = (file: string) => file.endsWith(".ts") && !isTestFile(file) && !isExerciseFile(file);

/** The exercise's files, by the starter's name: `ex-name.ts` → `ex-name.check.ts`, … */
export const exerciseFiles = (starter: string) => {
  const name = starter.replace(/\.ts$/, "");
  return {
    starter,
    check: `${name}.check.ts`,
    solution: `${name}.solution.ts`,
    answer: `${name}.answer.ts`,
  };
};

/** A path as messages show it: from the working directory (the project's root) when inside it. */
export function shown(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere && !fromHere.startsWith("..") && !isAbsolute(fromHere) ? fromHere : path;
}
