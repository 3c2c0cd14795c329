import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/** The chapters: one MDX file per folder under content/chapters/, ordered by `number`. */
const chapters = defineCollection({
  loader: glob({ pattern: "**/index.mdx", base: "./content/chapters" }),
  schema: z.object({
    title: z.string(),
    /** The URL segment of the chapter. */
    slug: z.string().regex(/^[a-z0-9-]+$/),
    number: z.number().int().positive(),
    summary: z.string(),
    /** The documents this chapter is written from, credited on the page. */
    sources: z.array(z.object({ title: z.string(), note: z.string().optional() })).min(1),
  }),
});

export const collections = { chapters };
