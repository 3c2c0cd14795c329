import { getCollection, type CollectionEntry } from "astro:content";

export type Chapter = CollectionEntry<"chapters">;

/** Every chapter, in course order. */
export async function chaptersInOrder(): Promise<Chapter[]> {
  return (await getCollection("chapters")).sort((a, b) => a.data.number - b.data.number);
}
