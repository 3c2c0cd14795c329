/**
 * The start point of a snippet's run, as a landscape lets the reader set it: a top-level constant
 * holding two numbers whose comment begins with "start",
 *
 *   const start = [1.2, 1.0]; // start: click the landscape to move it
 *
 * A click, a drag or the arrow keys on the landscape rewrite that literal; the code stays the truth.
 */
export interface StartPoint {
  name: string;
  x: number;
  y: number;
  /** Where the array literal `[x, y]` stands in the code (offsets into the whole text). */
  from: number;
  to: number;
  /** Decimals to write the coordinates with. */
  decimals: number;
}

const NUMBER = String.raw`-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?`;
const DECLARATION = new RegExp(
  String.raw`^(const\s+([A-Za-z_$][\w$]*)\s*=\s*)(\[\s*(${NUMBER})\s*,\s*(${NUMBER})\s*\])\s*;?\s*\/\/\s*start\b`,
);

const decimalsOf = (literal: string) =>
  literal.includes(".") && !/e/i.test(literal) ? literal.split(".")[1]!.length : 0;

/** The snippet's start point, if it marks one. */
export function startPoint(code: string): StartPoint | undefined {
  let offset = 0;
  for (const line of code.split("\n")) {
    const match = DECLARATION.exec(line);
    if (match) {
      const [, head, name, literal, x, y] = match as unknown as [string, string, string, string, string, string];
      const from = offset + head.length;
      return {
        name,
        x: Number(x),
        y: Number(y),
        from,
        to: from + literal.length,
        decimals: Math.max(2, decimalsOf(x), decimalsOf(y)),
      };
    }
    offset += line.length + 1;
  }
  return undefined;
}

/** The literal for a start point at (x, y), with `decimals` decimals ("-0.00" written as "0.00"). */
export function startLiteral(x: number, y: number, decimals: number): string {
  const write = (v: number) => {
    const text = v.toFixed(decimals);
    return Number(text) === 0 ? (0).toFixed(decimals) : text;
  };
  return `[${write(x)}, ${write(y)}]`;
}
