/**
 * Parameters a snippet offers as sliders: a top-level `const` with a numeric literal and a range
 * comment, e.g. `const eta = 0.5; // step size η, range 0 .. 2.5`.
 */
export interface RangeParameter {
  name: string;
  value: number;
  min: number;
  max: number;
  /**
   * The slider's step: whole numbers for an integer literal with integer bounds, else a power of ten
   * near 1/100 of the range.
   */
  step: number;
  /** Where the literal stands in the code (offsets into the whole text). */
  from: number;
  to: number;
  /** The line (1-based). */
  line: number;
}

const NUMBER = String.raw`-?\d[\d_]*(?:\.\d+)?|-?\.\d+`;
const BOUND = String.raw`-?\d*\.?\d+`;
/** `const name = literal; // … range lo .. hi`: the name, the literal, and the two bounds. */
const DECLARATION = new RegExp(
  String.raw`^const\s+([A-Za-z_$][\w$]*)\s*=\s*(${NUMBER})\s*;?\s*\/\/.*?\brange\s+(${BOUND})\s*\.\.\s*(${BOUND})`,
);

export function rangeParameters(code: string): RangeParameter[] {
  const out: RangeParameter[] = [];
  let offset = 0;
  code.split("\n").forEach((text, index) => {
    const match = DECLARATION.exec(text);
    if (match) {
      const [, name, literal, lo, hi] = match as unknown as [string, string, string, string, string];
      const min = Number(lo);
      const max = Number(hi);
      const value = Number(literal.replace(/_/g, ""));
      if (min < max && Number.isFinite(value)) {
        const from = offset + text.indexOf(literal, text.indexOf("=") + 1);
        const integral = !literal.includes(".") && Number.isInteger(min) && Number.isInteger(max);
        const step = integral ? 1 : 10 ** Math.floor(Math.log10((max - min) / 100));
        out.push({ name, value, min, max, step, from, to: from + literal.length, line: index + 1 });
      }
    }
    offset += text.length + 1;
  });
  return out;
}

/** A slider's value written as a literal with as many decimals as its step. */
export function formatForStep(value: number, step: number): string {
  const decimals = step >= 1 ? 0 : Math.round(-Math.log10(step));
  return value.toFixed(decimals);
}
