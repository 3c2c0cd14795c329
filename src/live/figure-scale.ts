import type { Axis, Panel } from "@descent/numerics";

/** The data range of one axis of a panel, honouring the axis's own min and max. */
export function axisRange(panel: Panel, key: "x" | "y"): [number, number] {
  const axis: Axis = panel[key];
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of panel.series) for (const v of s[key]) if (!axis.log || v > 0) (lo = Math.min(lo, v)), (hi = Math.max(hi, v));
  if (axis.min !== undefined) lo = axis.min;
  if (axis.max !== undefined) hi = axis.max;
  if (!(lo <= hi)) return axis.log ? [0.1, 10] : [0, 1];
  if (lo === hi) return axis.log ? [lo / 2, hi * 2] : [lo - 1, hi + 1];
  return [lo, hi];
}

/** About `count` round tick values covering [lo, hi] (1, 2 or 5 times a power of ten apart; powers of ten on log axes). */
export function ticks(lo: number, hi: number, log = false, count = 5): number[] {
  if (log) {
    const out: number[] = [];
    const first = Math.ceil(Math.log10(lo));
    const last = Math.floor(Math.log10(hi));
    const stride = Math.max(1, Math.ceil((last - first + 1) / count));
    for (let e = first; e <= last; e += stride) out.push(10 ** e);
    return out.length ? out : [lo, hi];
  }
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  return out;
}

/** A tick label: short, without floating-point noise. */
export function tickLabel(v: number): string {
  if (v === 0) return "0";
  const a = Math.abs(v);
  if (a >= 1e4 || a < 1e-3) return v.toExponential(0).replace("e+", "e");
  return String(Number(v.toPrecision(4)));
}
