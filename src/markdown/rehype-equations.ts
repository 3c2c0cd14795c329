/**
 * Display equations laid out so their numbers never sit on them: KaTeX places a `\tag` number
 * absolutely at the right of the line, over the formula once the formula is wider than the column
 * (on a phone, or inside a proof). After rehype-katex, each display equation becomes
 *
 *   <div class="equation" id="eq-1-3">
 *     <div class="equation-body">…the formula…</div>      scrolls sideways when too wide
 *     <span class="equation-number">(1.3)</span>         beside it, or under it when there is no room
 *   </div>
 *
 * and numbered ones get an id (`eq-1-3` for (1.3)), for links to them. The number stays in the
 * MathML that screen readers read; the visible copy is hidden from them.
 */

import { anchors } from "../lib/anchors";
import { hasClass, text, type Node } from "./hast";

/** Removes the first descendant with class `tag` from `node`, and returns it. */
function takeTag(node: Node): Node | undefined {
  const children = node.children ?? [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (hasClass(child, "tag")) return children.splice(i, 1)[0];
    const found = takeTag(child);
    if (found) return found;
  }
  return undefined;
}

/** The anchor of an equation numbered "(1.3)": "eq-1-3". */
export const equationId = (number: string) => anchors.equation(number.replace(/[()]/g, "").trim());

function wrap(display: Node): Node {
  const tag = takeTag(display);
  const number = tag ? text(tag).trim() : undefined;
  const body: Node = {
    type: "element",
    tagName: "div",
    properties: { className: ["equation-body"] },
    children: [display],
  };
  const children: Node[] = [body];
  if (number) {
    children.push({
      type: "element",
      tagName: "span",
      properties: { className: ["equation-number"], ariaHidden: "true" },
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
    if (hasClass(child, "katex-display")) children[i] = wrap(child);
    else visit(child);
  }
}

/** The rehype plugin: run after rehype-katex. */
export default function rehypeEquations() {
  return (tree: Node) => visit(tree);
}
