/**
 * Every mention of a numbered thing in the text becomes a link to it: "(2.7)" to the equation,
 * "Figure 2.1" (and "Figures 2.1 and 2.2") to the figure, "Exercise 2.3" to the exercise, "chapter 3"
 * to the chapter, on this page or another one. The browser's Back brings the reader back. A mention
 * of a figure or exercise the book does not number fails the build, so no link can point nowhere.
 *
 * Text in math, code, links and headings is left alone.
 */
import { bookAt, captionLabel, mentionsIn, type Book, type Target } from "../book/index.ts";
import { classes, text, type Node } from "./hast";

const SKIP_TAGS = new Set("a code pre table h1 h2 h3 h4 h5 h6 script style svg math".split(" "));
const SKIP_CLASSES = ["equation-number"];

const skipped = (node: Node) =>
  node.type === "element" && (SKIP_TAGS.has(node.tagName!) || classes(node).some((c) => SKIP_CLASSES.includes(c)));

/** A caption's own label, "**Figure 2.1.**": not a mention of the figure but its name. */
const isCaptionLabel = (node: Node) =>
  node.type === "element" && node.tagName === "strong" && captionLabel(text(node)) !== undefined;

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
  return (tree: Node, file: { path?: string; history?: string[] }) => {
    const book: Book = bookAt(options.root);
    const path = file.path ?? file.history?.[0] ?? "";
    // The chapter this page is, by its folder; another page (the notation) is none.
    const here = book.chapterHolding(path);
    const href = (target: Target) =>
      target.chapter === here ? `#${target.anchor}` : `../${target.chapter.slug}/#${target.anchor}`;
    // The book model has checked every mention of a chapter's prose before the build; this is the last guard.
    const find = (map: Map<string, Target>, number: string, what: string) => {
      const target = map.get(number);
      if (!target) throw new Error(`${path}: "${what} ${number}" is mentioned, and the book has no such ${what}`);
      return target;
    };

    const rewrite = (value: string): Node[] | undefined => {
      const out: Node[] = [];
      let last = 0;
      for (const mention of mentionsIn(value)) {
        const { kind, at, numbers } = mention;
        if (kind === "equation") {
          // "(2.7)": an equation, if the book numbers one so (a plain decimal in parentheses stays text).
          const target = book.equations.get(numbers[0]!.number);
          if (!target) continue;
          out.push({ type: "text", value: value.slice(last, at) }, link(href(target), mention.text));
        } else if (kind === "chapter") {
          const chapter = book.chapterNumbered(Number(numbers[0]!.number));
          // Another book's chapter (in a reference) or this one: no link.
          if (!chapter || chapter === here) continue;
          out.push({ type: "text", value: value.slice(last, at) }, link(`../${chapter.slug}/`, mention.text));
        } else {
          const map = kind === "figure" ? book.figures : book.exercises;
          // The word goes into the first number's link ("Figure 2.1", "Figures 2.1 and 2.2").
          out.push({ type: "text", value: value.slice(last, at) });
          let cursor = 0;
          for (const [i, n] of numbers.entries()) {
            if (i > 0) out.push({ type: "text", value: mention.text.slice(cursor, n.at) });
            const end = n.at + n.number.length;
            out.push(link(href(find(map, n.number, kind)), mention.text.slice(i === 0 ? 0 : n.at, end)));
            cursor = end;
          }
          out.push({ type: "text", value: mention.text.slice(cursor) });
        }
        last = at + mention.text.length;
      }
      if (last === 0) return undefined;
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
