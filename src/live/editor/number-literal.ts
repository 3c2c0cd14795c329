/**
 * Numeric literals in a line of code, and how scrubbing steps them: the pure arithmetic behind
 * Alt-drag, Alt+↑/↓ and the range sliders.
 */

export interface NumberLiteral {
  /** Offsets in the line: [from, to). */
  from: number;
  to: number;
  text: string;
  value: number;
}

export type StepMode = "normal" | "coarse" | "fine";

const LITERAL = /(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][-+]?\d+)?/g;

/**
 * The numeric literal under `column` of `line` (touching it from either side counts), with a leading
 * minus sign when it is a sign rather than a subtraction. Digits inside names (x0, θ₀) are not numbers.
 */
export function literalAt(line: string, column: number): NumberLiteral | undefined {
  for (const match of line.matchAll(LITERAL)) {
    let from = match.index;
    const to = from + match[0].length;
    if (column < from - 1 || column > to) continue;
    const before = line[from - 1] ?? "";
    if (/[\w$.]/.test(before) || /[\w$]/.test(line[to] ?? "")) continue; // part of a name or member
    if (before === "-" && !/[\w$)\]]\s*$/.test(line.slice(0, from - 1))) from -= 1; // a sign, not "a - 1"
    if (column < from) continue;
    const text = line.slice(from, to);
    const value = Number(text.replace(/_/g, ""));
    if (!Number.isFinite(value)) continue;
    return { from, to, text, value };
  }
  return undefined;
}

/** Digits after the decimal point of a literal (0 for an integer or an exponent form). */
export function decimalsOf(text: string): number {
  const plain = text.replace(/_/g, "");
  if (/e/i.test(plain)) return 0;
  const point = plain.indexOf(".");
  return point < 0 ? 0 : plain.length - point - 1;
}

/**
 * The literal moved by `steps` steps. A step is one unit of its last decimal (0.5 → 0.1, 10 → 1,
 * 0.05 → 0.01); coarse steps are ten of those, fine steps a tenth (with one more decimal kept).
 */
export function stepLiteral(text: string, steps: number, mode: StepMode = "normal"): string {
  const value = Number(text.replace(/_/g, ""));
  let decimals = decimalsOf(text);
  if (/e/i.test(text)) {
    // 1e-3 steps by its own order of magnitude, kept in exponent form.
    const magnitude = 10 ** Math.floor(Math.log10(Math.abs(value) || 1));
    const unit = magnitude * (mode === "coarse" ? 10 : mode === "fine" ? 0.1 : 1);
    return Number((value + steps * unit).toPrecision(12))
      .toExponential()
      .replace("e+", "e");
  }
  if (mode === "fine") decimals += 1;
  const grid = 10 ** -decimals; // results stay on the grid of the literal's last decimal
  const unit = mode === "coarse" ? 10 * grid : grid;
  const next = Math.round((value + steps * unit) / grid) * grid;
  return next.toFixed(decimals);
}
