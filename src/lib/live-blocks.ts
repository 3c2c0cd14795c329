/**
 * The live blocks of a chapter, read from its MDX source: each `<LiveCode id="…" code={…}>` (a figure,
 * numbered by its caption's "**Figure 2.1.**") and each exercise with code (`<Exercise … code={…}>`),
 * with the snippet file its code is imported from and its anchor on the chapter's page. The embed
 * pages, the share links' bench and their tests all list blocks from here.
 */
import { anchors } from "../markdown/book-index";

export interface LiveBlockSource {
  /** The block's id (its saved edits' key, its share links' and embed page's name). */
  id: string;
  kind: "figure" | "exercise";
  /** "2.1": the figure's number from its caption, or the exercise's number; none for an unnumbered figure. */
  number?: string;
  /** The snippet's file in the chapter's folder ("gd-vs-flow.ts"). */
  file: string;
  /** An exercise's check, its file in the same folder (its code need not draw a figure). */
  check?: string;
  /** Where the block is on its chapter's page. */
  anchor: string;
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\b${name}=(?:"([^"]*)"|\\{(\\w+)\\})`)
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/** The live blocks of a chapter's MDX, in page order. */
export function liveBlocksOf(mdx: string): LiveBlockSource[] {
  const files = new Map(
    [...mdx.matchAll(/^import (\w+) from "\.\/([\w.-]+\.ts)\?raw";$/gm)].map((m) => [m[1]!, m[2]!]),
  );
  const blocks: LiveBlockSource[] = [];
  for (const m of mdx.matchAll(/^<(LiveCode|Exercise)\s(.*)>\n(?:\s*\*\*Figure (\d+\.\d+)\.\*\*)?/gm)) {
    const [, element, tag, caption] = m;
    const id = attribute(tag!, "id");
    const file = files.get(attribute(tag!, "code") ?? "");
    if (!id || !file) continue; // an exercise without code (derive) has no block
    const number = element === "Exercise" ? attribute(tag!, "number") : caption;
    const check = files.get(attribute(tag!, "check") ?? "");
    blocks.push({
      id,
      kind: element === "Exercise" ? "exercise" : "figure",
      ...(number ? { number } : {}),
      file,
      ...(check ? { check } : {}),
      anchor: element === "Exercise" && number ? anchors.exercise(number) : anchors.figure(id),
    });
  }
  return blocks;
}

/** How a block is named to a reader ("Figure 2.1", "Exercise 2.3", or "A figure"). */
export const blockName = (block: LiveBlockSource) =>
  block.number ? `${block.kind === "exercise" ? "Exercise" : "Figure"} ${block.number}` : "A figure";
