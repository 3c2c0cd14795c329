import { getCollection, type CollectionEntry } from "astro:content";

export type Chapter = CollectionEntry<"chapters">;

/** Every chapter, in course order. */
export async function chaptersInOrder(): Promise<Chapter[]> {
  return (await getCollection("chapters")).sort((a, b) => a.data.number - b.data.number);
}

/** The ids of a chapter's exercises, in order (from its `<Exercise id="…">` elements). */
export function exerciseIds(chapter: Chapter): string[] {
  return [...(chapter.body ?? "").matchAll(/<Exercise\s+id="([^"]+)"/g)].map((m) => m[1]!);
}
