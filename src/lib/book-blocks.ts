import { chaptersInOrder, type Chapter } from "./chapters";
import { blockName, liveBlocksOf, type LiveBlockSource } from "./live-blocks";

/** Every snippet of the book as text, by its path from the project's root ("/content/chapters/…/x.ts"). */
const snippets = import.meta.glob<string>(["/content/chapters/*/*.ts", "!/content/chapters/*/*.test.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
});

/** A live block of the book, with its chapter, its code and the title it is embedded under. */
export interface BookBlock extends LiveBlockSource {
  chapter: Chapter;
  code: string;
  /** An exercise's check (its source). */
  checkCode?: string;
  /** "Figure 2.1 · The modified loss · Descent": an embedded block's title (and its iframe's). */
  title: string;
}

let blocks: Promise<BookBlock[]> | undefined;

/** Every live block of the book, chapter by chapter, read once from the chapters' sources. */
export function bookBlocks(): Promise<BookBlock[]> {
  blocks ??= chaptersInOrder().then((chapters) =>
    chapters.flatMap((chapter) => {
      const folder = `/${chapter.filePath!.replace(/\/index\.mdx$/, "")}`;
      const read = (file: string) => {
        const text = snippets[`${folder}/${file}`];
        if (text === undefined) throw new Error(`${chapter.filePath}: no snippet ${file}`);
        return text;
      };
      return liveBlocksOf(chapter.body ?? "").map((block) => ({
        ...block,
        chapter,
        code: read(block.file),
        ...(block.check ? { checkCode: read(block.check) } : {}),
        title: `${blockName(block)} · ${chapter.data.title} · Descent`,
      }));
    }),
  );
  return blocks;
}
