// The pages of the built site, as the book model lists its chapters: every browser test that visits
// "every page" or "every chapter" takes them from here, so a chapter added as a folder is visited too.
// Plain Node can import this file (the build-in-a-copy test reads a copy's list with it).
import { join } from "node:path";
import { readBook } from "../../src/book/book.ts";

/** The book the site was built from. */
export const BOOK = readBook(join(import.meta.dirname, "../../content/chapters"));

/** Each chapter's page, under the site's base: `euler/`, … in course order. */
export const CHAPTER_PAGES = BOOK.chapters.map((chapter) => `${chapter.slug}/`);

/** Every page of the site: the home page, the chapters, the notation page. */
export const PAGES = ["", ...CHAPTER_PAGES, "notation/"];
