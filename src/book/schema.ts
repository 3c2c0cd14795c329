/**
 * A chapter's front matter: the one definition of its fields, used by the content collection
 * (src/content.config.ts) and by the book model, which reads the same files outside Astro.
 */
import { z } from "astro/zod";

export const chapterSchema = z.object({
  /** The chapter's title, as the sidebar, the home page and its own page show it. */
  title: z.string().min(1),
  /** The URL segment of the chapter: lower-case letters, digits and hyphens (`/modified-loss/`). */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lower-case letters, digits and single hyphens only"),
  /** Its place in the course (1, 2, …); its folder's name starts with it (`02-modified-loss`). */
  number: z.number().int().positive(),
  /** One or two sentences for the home page and the page's description. */
  summary: z.string().min(1),
  /** The documents this chapter is written from, credited on the page. */
  sources: z.array(z.object({ title: z.string().min(1), note: z.string().optional() })).min(1),
});

export type ChapterFrontMatter = z.infer<typeof chapterSchema>;
