/**
 * KaTeX's MathML made into MathML Core, which Chromium, Firefox and Safari draw. KaTeX writes MathML 3
 * for screen readers and leaves the drawing to its HTML; drawn by the browser, some of it comes out
 * unlike the book's TeX. Each rule below is one such difference, rewritten at build time:
 *
 * - styled letters: `\mathcal{L}` is `<mi mathvariant="script">L</mi>`, and Core draws `mathvariant`
 *   only as "normal": the letter becomes its own character, ℒ (math-alphabets.ts);
 * - tables (`aligned`, `pmatrix`, `cases`): their `columnalign`, `columnspacing` and `rowspacing` are not
 *   in Core (cells are centred, 0.4em apart): they become each cell's style;
 * - spacing, where TeX's rules and MathML's operator dictionary differ (The TeXbook, chapter 18 and
 *   appendix G): in a script (a subscript, a limit, an inline fraction's parts) TeX puts no space around
 *   a relation or a binary operator, so `p → 0` under a limit is `p→0`; a + or − after a relation, an
 *   opening bracket, an operator or a comma is a sign (`= −∇L`, `(−3)`), not a binary operator; a
 *   `\big|` is an ordinary symbol, not the relation ∣; a colon is a relation (`f : ℝ → ℝ`), and two
 *   relations side by side have no space between them (`:=`);
 * - `\dddot`: KaTeX writes its three dots as text inside an operator inside an identifier, which a
 *   browser draws beside the letter: it becomes an accent of three dots, as `\ddot` is one of two.
 */
import { text, type Node } from "./hast";
import { styledText } from "./math-alphabets";

const elements = (node: Node) => (node.children ?? []).filter((c) => c.type === "element");

/** Half of a length ("1em" → "0.5em"; none is "0"). */
function half(length: string): string {
  const [, number = "0", unit = ""] = /^([\d.]+)(.*)$/.exec(length) ?? [];
  return Number(number) === 0 ? "0" : `${Number(number) / 2}${unit}`;
}

/**
 * A table's alignment and spacing as each cell's style. A list gives one value a column (or gap), the
 * last repeated; the gap between two columns is shared between their cells, none outside.
 */
function layOutTable(table: Node): void {
  const { columnalign, columnspacing, rowspacing, ...rest } = table.properties ?? {};
  if (columnalign === undefined && columnspacing === undefined && rowspacing === undefined) return;
  table.properties = rest;
  const list = (value: unknown, fallback: string) => (typeof value === "string" ? value.split(/\s+/) : [fallback]);
  const pick = (values: string[], i: number) => values[Math.min(i, values.length - 1)]!;
  const aligns = list(columnalign, "center");
  const gaps = list(columnspacing, "0.8em");
  const rowGaps = list(rowspacing, "1ex");
  const rows = elements(table);
  rows.forEach((row, r) => {
    const cells = elements(row);
    cells.forEach((cell, i) => {
      const top = r === 0 ? "0" : half(pick(rowGaps, r - 1));
      const bottom = r === rows.length - 1 ? "0" : half(pick(rowGaps, r));
      const left = i === 0 ? "0" : half(pick(gaps, i - 1));
      const right = i === cells.length - 1 ? "0" : half(pick(gaps, i));
      const align = pick(aligns, i);
      cell.properties = {
        ...cell.properties,
        style: `padding:${top} ${right} ${bottom} ${left}${align === "center" ? "" : `;text-align:${align}`}`,
      };
    });
  });
}

/** TeX's classes of the symbols that make a following + or − a sign (The TeXbook, p. 170). */
const RELATIONS = new Set("=<>≤≥≈≠≡∼≃≅≪≫∈∉∋⊂⊃⊆⊇→←↦⇒⇐⇔⟹⟸⟺⟶∝≺≻⪯⪰⊥∣∥:");
const OPENINGS = new Set("([{⟨⌈⌊");
const BINARIES = new Set("+−±∓×⋅∗⋆∘∖/");
const PUNCTUATION = new Set(",;");
const LARGE_OPERATORS = new Set("∑∏∫∮⋃⋂");
const SIGNS = new Set("+−±∓");

/**
 * Whether a line may break after this part of a formula in the line: after a relation or a binary
 * operator at its top level, as TeX breaks a paragraph's math (The TeXbook, p. 173), not after a sign.
 */
export function breaksAfter(node: Node): boolean {
  if (node.type !== "element" || node.tagName !== "mo" || node.properties?.form === "prefix") return false;
  const operator = text(node);
  return RELATIONS.has(operator) || (BINARIES.has(operator) && operator !== "/");
}

/** The operator at the core of an embellished operator (`)²` is `)`), or undefined. */
function coreOperator(node: Node | undefined): string | undefined {
  if (!node || node.type !== "element") return undefined;
  if (node.tagName === "mo") return text(node);
  if (/^(msub|msup|msubsup|munder|mover|munderover|mfrac)$/.test(node.tagName!)) return coreOperator(elements(node)[0]);
  return undefined;
}

const noSpace = (node: Node) => {
  node.properties = { lspace: "0", rspace: "0", ...node.properties };
};

/** TeX's thick space around a relation, as an em fraction (The TeXbook, p. 167: 5mu = 5/18 em). */
const THICK = "0.2778em";

/** A colon's spacing as a relation's, and none between two relations side by side. */
function relationSpacing(operator: Node, previous: Node | undefined): void {
  const isRelation = (node: Node | undefined) => node?.tagName === "mo" && RELATIONS.has(text(node));
  if (text(operator) === ":" && Object.keys(operator.properties ?? {}).length === 0) {
    operator.properties = { lspace: THICK, rspace: THICK };
  }
  if (isRelation(operator) && isRelation(previous)) {
    operator.properties = { ...operator.properties, lspace: "0" };
    previous!.properties = { ...previous!.properties, rspace: "0" };
  }
}

/**
 * `\dddot` (and `\ddddot`) as KaTeX writes it, `<mi><mover><mo>base</mo>…<mtext>...</mtext>…</mover></mi>`,
 * as an accent: `<mover accent="true">base<mo>˙˙˙</mo></mover>`.
 */
function dotsAccent(node: Node): Node | undefined {
  const mover = node.tagName === "mi" && elements(node).length === 1 ? elements(node)[0]! : undefined;
  const [base, over] = mover?.tagName === "mover" ? elements(mover) : [];
  const dots = over && /^\.{3,4}$/.exec(text(over).trim());
  if (!base || !dots) return undefined;
  const inner = base.tagName === "mo" && elements(base).length === 1 ? elements(base)[0]! : base;
  return {
    type: "element",
    tagName: "mover",
    properties: { accent: "true" },
    children: [
      inner,
      {
        type: "element",
        tagName: "mo",
        properties: {},
        children: [{ type: "text", value: "˙".repeat(dots[0].length) }],
      },
    ],
  };
}

/** The scripts' level and display style that a node's children are in. */
interface Style {
  level: number;
  display: boolean;
}

/** The style of each child of `node` (MathML Core's rules for math-depth and math-style). */
function childStyle(node: Node, style: Style, index: number): Style {
  const script = { level: style.level + 1, display: false };
  switch (node.tagName) {
    case "msub":
    case "msup":
    case "msubsup":
      return index === 0 ? style : script;
    case "munder":
    case "mover":
    case "munderover": {
      if (index === 0) return style;
      const accent = node.properties?.[index === 1 && node.tagName !== "mover" ? "accentunder" : "accent"];
      return accent === "true" ? style : script;
    }
    case "mfrac":
      return style.display ? { ...style, display: false } : script;
    case "mroot":
      return index === 0 ? style : { level: style.level + 2, display: false };
    case "mstyle": {
      const level = node.properties?.scriptlevel;
      const display = node.properties?.displaystyle;
      return {
        level: typeof level === "string" && /^\d+$/.test(level) ? Number(level) : style.level,
        display: display === undefined ? style.display : display === "true",
      };
    }
    default:
      return style;
  }
}

function rewrite(node: Node, style: Style): void {
  const variant = node.properties?.mathvariant;
  if (node.tagName === "mi" && typeof variant === "string") {
    const styled = styledText(text(node), variant);
    if (styled !== undefined) {
      node.children = [{ type: "text", value: styled }];
      delete node.properties!.mathvariant;
    }
  }
  if (node.tagName === "mtable") layOutTable(node);
  if (node.tagName === "mo") {
    // \big| and its kin: KaTeX marks them fence="false" with a fixed size; TeX sets them as ordinary symbols.
    if (node.properties?.fence === "false" && node.properties?.minsize !== undefined) noSpace(node);
    if (style.level > 0) noSpace(node);
  }
  const children = node.children ?? [];
  let index = 0;
  children.forEach((child, i) => {
    if (child.type !== "element") return;
    const inner = childStyle(node, style, index++);
    const previous = children.slice(0, i).findLast((c) => c.type === "element");
    if (child.tagName === "mo" && inner.level === 0) relationSpacing(child, previous);
    const accent = dotsAccent(child);
    if (accent) children[i] = child = accent;
    if (child.tagName === "mo" && SIGNS.has(text(child))) {
      const before = coreOperator(previous);
      const sets = [RELATIONS, OPENINGS, BINARIES, PUNCTUATION, LARGE_OPERATORS];
      if (before !== undefined && sets.some((set) => set.has(before)))
        child.properties = { form: "prefix", ...child.properties };
    }
    rewrite(child, inner);
  });
}

/** Rewrites a `<math>` element (and all in it) from KaTeX's MathML into MathML Core, in place. */
export function toMathMLCore(math: Node): void {
  rewrite(math, { level: 0, display: math.properties?.display === "block" });
}
