/**
 * What the book numbers, read from the chapters' MDX sources: each chapter's number and slug, and the
 * equations (`\tag{2.7}`), figures (`**Figure 2.1.**` in a live block's caption) and exercises
 * (`<Exercise number="2.3">`) it holds, with their anchors. Cross-references are made from it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface Target {
  /** The chapter the target is in. */
  chapter: number;
  /** Its anchor on the chapter's page. */
  anchor: string;
}

export interface BookIndex {
  /** Chapter number → slug. */
  chapters: Map<number, string>;
  /** Chapter folder (under the chapters' root) → chapter number. */
  folders: Map<string, number>;
  equations: Map<string, Target>;
  figures: Map<string, Target>;
  exercises: Map<string, Target>;
}

/** The anchor of equation "1.3", figure block "ch1-x" and exercise "1.3" (as the site builds them). */
export const anchors = {
  equation: (number: string) => `eq-${number.replace(/\./g, "-")}`,
  figure: (blockId: string) => `figure-${blockId}`,
  exercise: (number: string) => `exercise-${number.replace(/\./g, "-")}`,
};

/** Reads the book's index from `root` (content/chapters): one folder a chapter, each with index.mdx. */
export function readBookIndex(root: string): BookIndex {
  const index: BookIndex = {
    chapters: new Map(),
    folders: new Map(),
    equations: new Map(),
    figures: new Map(),
    exercises: new Map(),
  };
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const mdx = readFileSync(join(root, entry.name, "index.mdx"), "utf8");
    const chapter = Number(/^number:\s*(\d+)/m.exec(mdx)?.[1]);
    const slug = /^slug:\s*([\w-]+)/m.exec(mdx)?.[1];
    if (!Number.isInteger(chapter) || !slug) throw new Error(`${entry.name}/index.mdx: no number or slug`);
    index.chapters.set(chapter, slug);
    index.folders.set(entry.name, chapter);
    const add = (map: Map<string, Target>, number: string, anchor: string, what: string) => {
      if (map.has(number)) throw new Error(`${what} ${number} is numbered twice`);
      if (!number.startsWith(`${chapter}.`)) throw new Error(`${what} ${number} is in chapter ${chapter}`);
      map.set(number, { chapter, anchor });
    };
    for (const m of mdx.matchAll(/\\tag\{(\d+\.\d+)\}/g))
      add(index.equations, m[1]!, anchors.equation(m[1]!), "Equation");
    for (const m of mdx.matchAll(/<LiveCode id="([^"]+)"[^>]*>\s*\*\*Figure (\d+\.\d+)\.\*\*/g))
      add(index.figures, m[2]!, anchors.figure(m[1]!), "Figure");
    for (const m of mdx.matchAll(/<Exercise\s[^>]*number="(\d+\.\d+)"/g))
      add(index.exercises, m[1]!, anchors.exercise(m[1]!), "Exercise");
  }
  return index;
}
