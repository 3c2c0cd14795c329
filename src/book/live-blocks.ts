/**
 * The live blocks of the book as a reader meets them, in page order: each figure (`<LiveCode>`) and each
 * exercise with code, with its code, its check's, its place and the title it is embedded and shared
 * under. The embed pages, the share links' bench and tests, and a block's own page data ask here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import course from "../../course.config.ts";
import type { Book, Chapter } from "./types.ts";

export interface BookBlock {
  /** The block's id (its saved edits' key, its share links' and embed page's name). */
  id: string;
  kind: "figure" | "exercise";
  /** "2.1": the figure's number from its caption, or the exercise's number; none for an unnumbered figure. */
  number?: string;
  /** The snippet's file in the chapter's folder ("gd-vs-flow.ts"), and an exercise's check's. */
  file: string;
  check?: string;
  /** Where the block is on its chapter's page. */
  anchor: string;
  chapter: Chapter;
  code: string;
  /** An exercise's check (its source). */
  checkCode?: string;
  /** "Figure 2.1 · The modified loss · Descent": an embedded block's title (and its iframe's). */
  title: string;
}

/** How a block is named to a reader ("Figure 2.1", "Exercise 2.3", or "A figure"). */
export const blockName = (block: Pick<BookBlock, "kind" | "number">) =>
  block.number ? `${block.kind === "exercise" ? "Exercise" : "Figure"} ${block.number}` : "A figure";

/** Every live block of `book`, chapter by chapter, in page order. */
export function liveBlocks(book: Book): BookBlock[] {
  /** A block where its chapter places it, at its line. */
  type Placed = Pick<BookBlock, "id" | "kind" | "number" | "file" | "check" | "anchor"> & { line: number };
  return book.chapters.flatMap((chapter) => {
    const read = (file: string) => readFileSync(join(chapter.dir, file), "utf8");
    const figures = chapter.blocks.map((b): Placed => ({
      line: b.line,
      id: b.id,
      kind: "figure",
      ...(b.figure ? { number: b.figure } : {}),
      file: b.file,
      anchor: b.anchor,
    }));
    const exercises = chapter.exercises.flatMap((e): Placed[] =>
      e.files.starter
        ? [
            {
              line: e.line,
              id: e.id,
              kind: "exercise",
              number: e.number,
              file: e.files.starter,
              ...(e.files.check ? { check: e.files.check } : {}),
              anchor: e.anchor,
            },
          ]
        : [],
    );
    return [...figures, ...exercises]
      .sort((a, b) => a.line - b.line)
      .map(({ line: _, ...block }) => ({
        ...block,
        chapter,
        code: read(block.file),
        ...(block.check ? { checkCode: read(block.check) } : {}),
        title: `${blockName(block)} · ${chapter.title} · ${course.title}`,
      }));
  });
}
