// `npm run new -- chapter <slug> "<Title>"`: adds a chapter to the book as a new folder,
// content/chapters/NN-slug/, numbered after the last chapter (src/book/scaffold.ts says what is in it).
// Nothing else changes: the sidebar, the home page, search, the tests and the bench find it by itself.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BookError } from "../src/book/book-error.ts";
import { bookAt, chaptersRoot } from "../src/book/book.ts";
import { shown } from "../src/book/folders.ts";
import { scaffoldChapter } from "../src/book/scaffold.ts";

const USAGE =
  'Usage: npm run new -- chapter <slug> "<Title>"   (for example: npm run new -- chapter momentum "Momentum")';

const [what, slug, title, ...rest] = process.argv.slice(2);
if (what !== "chapter" || !slug || title === undefined || rest.length > 0) {
  console.error(USAGE);
  process.exit(2);
}
try {
  const root = chaptersRoot();
  const { folder, files } = scaffoldChapter(bookAt(root), slug, title);
  const dir = join(root, folder);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  console.log(
    `Added ${shown(dir)}/:\n${Object.keys(files)
      .map((f) => `  ${f}`)
      .join("\n")}`,
  );
  console.log(
    "\nNext: write its prose, summary and sources in index.mdx, and its exercise's check " +
      "(ex-first-exercise.check.ts):\nuntil then `npm test` fails, saying so. The README's " +
      '"Add a chapter" says what the tests ask of a chapter.',
  );
} catch (error) {
  if (!(error instanceof BookError) && !(error instanceof Error && "code" in error && error.code === "EEXIST"))
    throw error;
  console.error(`No chapter added: ${error.message}`);
  process.exit(1);
}
