/**
 * Math as the browser draws it (MathML Core, in Chromium, Firefox and Safari), one element a symbol,
 * and display equations laid out so their numbers never sit on them. rehype-katex (`output: "mathml"`)
 * gives each formula as
 *
 *   <span class="katex"><math display="block"><semantics>FORMULA<annotation>TeX</annotation></semantics></math></span>
 *
 * with a `\tag` number as the last cell of a four-cell table around the formula. This plugin keeps the
 * formula alone: `<math data-tex="TeX">…</math>` in the line (the wrappers and the annotation's elements
 * add to every page what no reader sees; the TeX source stays, as an attribute, for tools and for the
 * tests that check the course's notation), and a display equation becomes
 *
 *   <div class="equation" id="eq-1-3">
 *     <div class="equation-body"><math display="block">…</math></div>   scrolls sideways when too wide
 *     <span class="equation-number">(1.3)</span>                        beside it, or under it when there is no room
 *   </div>
 *
 * Numbered ones get an id (`eq-1-3` for (1.3)), for links to them; the number is text after the
 * formula, read after it. What KaTeX writes in MathML 3 that MathML Core does not draw is rewritten
 * into what it does (mathml-core.ts).
 */

import { anchors } from "../lib/anchors";
import { hasClass, text, type Node } from "./hast";
import { breaksAfter, toMathMLCore } from "./mathml-core";

/** The anchor of an equation numbered "(1.3)": "eq-1-3". */
export const equationId = (number: string) => anchors.equation(number.replace(/[()]/g, "").trim());

const elements = (node: Node) => (node.children ?? []).filter((c) => c.type === "element");

/**
 * KaTeX's frame for a `\tag`: one row of four cells, the formula in the second and the number in the
 * fourth (the first and third share the width, to centre the formula). The formula and the number.
 */
function untag(node: Node): { formula: Node[]; number: string } | undefined {
  if (node.tagName !== "mtable" || node.properties?.width !== "100%") return undefined;
  const rows = elements(node);
  const cells = rows.length === 1 ? elements(rows[0]!) : [];
  if (cells.length !== 4 || cells.some((cell) => cell.tagName !== "mtd")) return undefined;
  return { formula: cells[1]!.children ?? [], number: text(cells[3]!).trim() };
}

/** A formula's parts without a row around them all (<math> and <mtd> lay out their children as a row). */
const rowless = (nodes: Node[]): Node[] => {
  const parts = nodes.filter((n) => n.type === "element");
  const only = parts.length === 1 ? parts[0]! : undefined;
  return only?.tagName === "mrow" && Object.keys(only.properties ?? {}).length === 0 ? (only.children ?? []) : parts;
};

/** KaTeX's `<span class="katex">` as the math alone, and its number (from `\tag`) if it has one. */
function simplify(katex: Node): { math: Node; number?: string } | undefined {
  const math = elements(katex).find((c) => c.tagName === "math");
  const semantics = math && elements(math)[0];
  if (!math || semantics?.tagName !== "semantics") return undefined;
  // The formula is the first child of <semantics>; the TeX source (<annotation>) becomes an attribute.
  let formula = elements(semantics)[0]!;
  const source = elements(semantics).find((c) => c.tagName === "annotation");
  const tagged = untag(formula);
  const children = rowless(tagged ? tagged.formula : [formula]);
  const { xmlns: _, ...properties } = math.properties ?? {};
  if (source) properties.dataTex = text(source);
  formula = { type: "element", tagName: "math", properties, children };
  toMathMLCore(formula);
  return { math: formula, number: tagged?.number };
}

/**
 * A formula in the line as pieces that each end after a relation or a binary operator at its top
 * level, one <math> a piece, so a line can break between them as it breaks in TeX (a <math> itself
 * never breaks, and a long one would stick out of a phone's column).
 */
function breakable(math: Node): Node[] {
  const pieces: Node[][] = [[]];
  const parts = math.children ?? [];
  parts.forEach((part, i) => {
    pieces.at(-1)!.push(part);
    if (breaksAfter(part) && i < parts.length - 1) pieces.push([]);
  });
  // The TeX source stays with the first piece (the whole formula's).
  const { dataTex: _, ...rest } = math.properties ?? {};
  return pieces.map((children, i) => ({
    ...math,
    properties: i === 0 ? { ...math.properties } : { ...rest },
    children,
  }));
}

function equation(math: Node, number: string | undefined): Node {
  const body: Node = {
    type: "element",
    tagName: "div",
    properties: { className: ["equation-body"] },
    children: [math],
  };
  const children: Node[] = [body];
  if (number) {
    children.push({
      type: "element",
      tagName: "span",
      properties: { className: ["equation-number"] },
      children: [{ type: "text", value: number }],
    });
  }
  return {
    type: "element",
    tagName: "div",
    properties: { className: ["equation"], ...(number ? { id: equationId(number) } : {}) },
    children,
  };
}

function visit(node: Node): void {
  const children = node.children;
  if (!children) return;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const found = hasClass(child, "katex") ? simplify(child) : undefined;
    if (!found) visit(child);
    else if (found.math.properties?.display === "block") children[i] = equation(found.math, found.number);
    else {
      const pieces = breakable(found.math);
      children.splice(i, 1, ...pieces);
      i += pieces.length - 1;
    }
  }
}

/** The rehype plugin: run after rehype-katex with `output: "mathml"`. */
export default function rehypeEquations() {
  return (tree: Node) => visit(tree);
}
