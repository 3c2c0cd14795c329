import { describe, expect, it } from "vitest";
import rehypeKatex from "rehype-katex";
import rehypeEquations from "./rehype-equations";
import { classes, text, type Node } from "./hast";

/** A paragraph of `$…$` (inline) and `$$…$$` (display) math through rehype-katex (MathML) and the plugin. */
function render(math: { inline?: string; display?: string }): Node {
  const formula = (value: string, display: boolean): Node => ({
    type: "element",
    tagName: display ? "div" : "span",
    properties: { className: ["math", display ? "math-display" : "math-inline"] },
    children: [{ type: "text", value }],
  });
  const tree: Node = {
    type: "root",
    children: [
      { type: "element", tagName: "p", properties: {}, children: math.inline ? [formula(math.inline, false)] : [] },
      ...(math.display ? [formula(math.display, true)] : []),
    ],
  };
  (rehypeKatex({ output: "mathml" }) as (tree: unknown, file: unknown) => void)(tree, { message() {} });
  (rehypeEquations() as (tree: Node) => void)(tree);
  return tree;
}

/** Every element under `node` (itself included) that `test` holds for. */
function all(node: Node, test: (n: Node) => boolean): Node[] {
  return [...(test(node) ? [node] : []), ...(node.children ?? []).flatMap((c) => all(c, test))];
}
const tagged = (name: string) => (n: Node) => n.tagName === name;

describe("display equations", () => {
  it("stand in a box with their number beside them, anchored by it, the number out of the formula", () => {
    const tree = render({ display: String.raw`x_{k+1} = (1 - \eta\lambda) x_k \tag{2.7}` });
    const [equation] = all(tree, (n) => classes(n).includes("equation"));
    expect(equation!.properties?.id).toBe("eq-2-7");
    const [body, number] = equation!.children!;
    expect(classes(body!)).toEqual(["equation-body"]);
    expect(classes(number!)).toEqual(["equation-number"]);
    expect(text(number!)).toBe("(2.7)");
    const [math] = body!.children!;
    expect(math!.tagName).toBe("math");
    expect(math!.properties?.display).toBe("block");
    // KaTeX's frame for the tag (a four-cell table) is gone; the number is not read twice.
    expect(all(math!, tagged("mtable"))).toEqual([]);
    expect(text(math!)).not.toContain("2.7");
  });

  it("keep only the formula: no TeX source, no KaTeX HTML, no row around it all", () => {
    const tree = render({ display: String.raw`a + b` });
    const [math] = all(tree, tagged("math"));
    expect(all(tree, (n) => ["semantics", "annotation"].includes(n.tagName ?? ""))).toEqual([]);
    expect(all(tree, (n) => classes(n).some((c) => c.startsWith("katex")))).toEqual([]);
    expect(math!.children!.map((c) => c.tagName)).toEqual(["mi", "mo", "mi"]);
  });

  it("align an aligned environment's columns (right, then left) with no gap between them", () => {
    const tree = render({ display: String.raw`\begin{aligned} a &= b \\ c &= d \end{aligned}` });
    const rows = all(tree, tagged("mtr"));
    expect(rows).toHaveLength(2);
    // KaTeX's aligned: columnalign "right left", columnspacing 0em, rowspacing 0.25em (half above, half below).
    const styles = rows.map((row) => row.children!.map((cell) => cell.properties?.style));
    expect(styles).toEqual([
      ["padding:0 0 0.125em 0;text-align:right", "padding:0 0 0.125em 0;text-align:left"],
      ["padding:0.125em 0 0 0;text-align:right", "padding:0.125em 0 0 0;text-align:left"],
    ]);
  });
});

describe("math in the line", () => {
  it("breaks after a relation or a binary operator, as TeX does, and not after a sign", () => {
    const tree = render({ inline: String.raw`a = -b + c` });
    const pieces = all(tree, tagged("math")).map(text);
    expect(pieces).toEqual(["a=", "−b+", "c"]);
  });
});

describe("what MathML Core draws otherwise than TeX", () => {
  const operator = (tree: Node, symbol: string) => all(tree, (n) => n.tagName === "mo" && text(n) === symbol);

  it("writes a styled letter as its own character: \\mathcal{L} is ℒ, \\mathbb{R} is ℝ", () => {
    const tree = render({ inline: String.raw`\mathcal{L} \in \mathbb{R}` });
    const letters = all(tree, tagged("mi"));
    expect(letters.map(text)).toEqual(["ℒ", "ℝ"]);
    expect(letters.map((l) => l.properties?.mathvariant)).toEqual([undefined, undefined]);
  });

  it("makes a minus after a relation, an opening bracket or a comma a sign, and leaves a difference alone", () => {
    const tree = render({ display: String.raw`v = -g, (-3), -1, a - b` });
    const forms = operator(tree, "−").map((o) => o.properties?.form);
    expect(forms).toEqual(["prefix", "prefix", "prefix", undefined]);
  });

  it("puts no space around a relation in a script (the limit p → 0), as TeX's script style does", () => {
    const tree = render({ display: String.raw`\lim_{p \to 0} f(p) = 0` });
    const [arrow] = operator(tree, "→");
    const [equals] = operator(tree, "=");
    expect([arrow!.properties?.lspace, arrow!.properties?.rspace]).toEqual(["0", "0"]);
    expect(equals!.properties?.lspace).toBeUndefined();
  });

  it("gives a colon a relation's thick spaces (f : ℝ → ℝ) and none inside :=", () => {
    const colon = operator(render({ inline: String.raw`f: \mathbb{R}` }), ":")[0]!;
    expect([colon.properties?.lspace, colon.properties?.rspace]).toEqual(["0.2778em", "0.2778em"]);
    const tree = render({ display: String.raw`a := b` });
    expect(operator(tree, ":")[0]!.properties?.rspace).toBe("0");
    expect(operator(tree, "=")[0]!.properties?.lspace).toBe("0");
  });

  it("sets \\big| as an ordinary symbol, with no space around it", () => {
    const [bar] = operator(render({ inline: String.raw`f(w)\big|_{w = 0}` }), "∣");
    expect([bar!.properties?.lspace, bar!.properties?.rspace]).toEqual(["0", "0"]);
  });

  it("draws \\dddot as an accent of three dots over its letter", () => {
    const [accent] = all(render({ inline: String.raw`\dddot\theta` }), tagged("mover"));
    expect(accent!.properties?.accent).toBe("true");
    expect(accent!.children!.map((c) => [c.tagName, text(c)])).toEqual([
      ["mi", "θ"],
      ["mo", "˙˙˙"],
    ]);
  });
});
