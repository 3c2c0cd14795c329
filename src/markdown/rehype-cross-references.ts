/**
 * Every mention of a numbered thing in the text becomes a link to it: "(2.7)" to the equation,
 * "Figure 2.1" (and "Figures 2.1 and 2.2") to the figure, "Exercise 2.3" to the exercise, "chapter 3"
 * to the chapter, on this page or another one. The browser's Back brings the reader back. A mention
 * of a figure or exercise the book does not number fails the build, so no link can point nowhere.
 *
 * Text in math, code, links and headings is left alone.
 */
import { relative, sep } from "node:path";
import { readBookIndex, type BookIndex, type Target } from "./book-index";
import { classes, type Node } from "./hast";

const SKIP_TAGS = new Set("a code pre table h1 h2 h3 h4 h5 h6 script style svg math".split(" "));
const SKIP_CLASSES = ["equation-number"];

const skipped = (node: Node) =>
  node.type === "element" && (SKIP_TAGS.has(node.tagName!) || classes(node).some((c) => SKIP_CLASSES.includes(c)));

/** A caption's own label, "**Figure 2.1.**": not a mention of the figure but its name. */
const isCaptionLabel = (node: Node) =>
  node.type === "element" &&
  node.tagName === "strong" &&
  node.children?.length === 1 &&
  /^Figure \d+\.\d+\.$/.test(node.children[0]!.value ?? "");

/** A mention: the words before the numbers ("Figures "), and each number with its target. */
const MENTION = new RegExp(
  [
    String.raw`\((\d+\.\d+)\)`, // (2.7)
    String.raw`\b(Figures?|Exercises?)\s+(\d+\.\d+(?:(?:,\s*|,?\s+and\s+|\s*[–-]\s*)\d+\.\d+)*)`, // Figures 2.1 and 2.2
    String.raw`\b([Cc]hapter)\s+(\d+)\b`, // chapter 3
  ].join("|"),
  "g",
);

function link(href: string, text: string): Node {
  return {
    type: "element",
    tagName: "a",
    properties: { href, className: ["cross-reference"] },
    children: [{ type: "text", value: text }],
  };
}

export interface CrossReferenceOptions {
  /** The chapters' folder. */
  root: string;
}

/** The rehype plugin: run after rehype-katex (math is left alone). */
export default function rehypeCrossReferences(options: CrossReferenceOptions) {
  let index: BookIndex | undefined;
  return (tree: Node, file: { path?: string; history?: string[] }) => {
    index ??= readBookIndex(options.root);
    const book = index;
    const path = file.path ?? file.history?.[0] ?? "";
    // The chapter this page is, by its folder; another page (the notation) is none.
    const here = book.folders.get(relative(options.root, path).split(sep)[0]!);
    const href = (target: Target) =>
      target.chapter === here ? `#${target.anchor}` : `../${book.chapters.get(target.chapter)}/#${target.anchor}`;
    const find = (map: Map<string, Target>, number: string, what: string, where: string) => {
      const target = map.get(number);
      if (!target) throw new Error(`${where}: "${what} ${number}" is mentioned, and the book has no such ${what}`);
      return target;
    };

    const rewrite = (value: string): Node[] | undefined => {
      const out: Node[] = [];
      let last = 0;
      let changed = false;
      for (const m of value.matchAll(MENTION)) {
        const at = m.index!;
        if (m[1]) {
          // "(2.7)": an equation, if the book numbers one so (a plain decimal in parentheses stays text).
          const target = book.equations.get(m[1]);
          if (!target) continue;
          out.push({ type: "text", value: value.slice(last, at) }, link(href(target), m[0]));
        } else if (m[2]) {
          const kind = m[2].startsWith("F") ? "figure" : "exercise";
          const map = kind === "figure" ? book.figures : book.exercises;
          // The word goes into the first number's link ("Figure 2.1", "Figures 2.1 and 2.2").
          out.push({ type: "text", value: value.slice(last, at) });
          const numbers = m[3]!;
          let cursor = 0;
          for (const n of numbers.matchAll(/\d+\.\d+/g)) {
            const first = cursor === 0;
            out.push({ type: "text", value: numbers.slice(cursor, n.index) });
            out.push(link(href(find(map, n[0], kind, path)), first ? `${m[2]} ${n[0]}` : n[0]));
            cursor = n.index! + n[0].length;
          }
          out.push({ type: "text", value: numbers.slice(cursor) });
        } else {
          const chapter = Number(m[5]);
          const slug = book.chapters.get(chapter);
          // Another book's chapter (in a reference) or this one: no link.
          if (!slug || chapter === here) continue;
          out.push({ type: "text", value: value.slice(last, at) }, link(`../${slug}/`, m[0]));
        }
        last = at + m[0].length;
        changed = true;
      }
      if (!changed) return undefined;
      out.push({ type: "text", value: value.slice(last) });
      return out.filter((n) => n.type !== "text" || n.value !== "");
    };

    const visit = (node: Node): void => {
      const children = node.children;
      if (!children || skipped(node) || isCaptionLabel(node)) return;
      for (let i = 0; i < children.length; i++) {
        const child = children[i]!;
        if (child.type === "text") {
          const replaced = rewrite(child.value ?? "");
          if (replaced) {
            children.splice(i, 1, ...replaced);
            i += replaced.length - 1;
          }
        } else visit(child);
      }
    };
    visit(tree);
  };
}
