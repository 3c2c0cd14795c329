import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { CHAPTERS_FOLDER, PAGE_FILE } from "./book/folders.ts";
import { chapterSchema } from "./book/schema.ts";

/**
 * The chapters: one page per folder under content/chapters/, rendered by the chapter route. Which
 * chapters there are, in which order and what they hold, the book model says (src/book/); this
 * collection gives Astro their pages to render, with the same front-matter schema.
 */
const chapters = defineCollection({
  loader: glob({ pattern: `*/${PAGE_FILE}`, base: `./${CHAPTERS_FOLDER}` }),
  schema: chapterSchema,
});

export const collections = { chapters };
