import type { Axis, Panel } from "@descent/numerics";
import { layersOf } from "./marks";
import { PLOT_AREA } from "./plot-geometry";

/**
 * The one axis computation of the site: the build-time SVG and the live chart both draw a panel's
 * axes from `panelAxes`, so the static figure and the live one show the same ranges and ticks.
 *
 * Total over finite doubles: every loop is bounded, and a range that cannot be drawn comes back as
 * a reason (shown to the student) instead of a hang, an overflow or an empty chart.
 */

/** The largest magnitude a linear axis draws: rounding a range near ±1.8e308 to ticks would overflow. */
export const LARGEST_DRAWABLE = 1e300;
/** About this many ticks on a linear axis. */
const TICK_COUNT = 5;
/** Never more ticks than this, whatever the range. */
const MAX_TICKS = 24;

export interface AxisScale {
  log: boolean;
  min: number;
  max: number;
  /** Tick values inside [min, max], ascending. */
  ticks: number[];
  /** One label per tick: short, without floating-point noise, distinct. */
  labels: string[];
}

export interface PanelAxes {
  x: AxisScale;
  y: AxisScale;
}

/** Why a panel's axes cannot be drawn, or its axes. */
export type AxesResult = { ok: true; axes: PanelAxes } | { ok: false; reason: string };

const short = (v: number) => String(Number(v.toPrecision(3)));

/**
 * The data range of one axis of a panel (values ≤ 0 skipped on a log axis), before the axis's own min
 * and max: what its marks span (the series' values, the rectangle its level sets were sampled over).
 */
export function dataRange(panel: Panel, key: "x" | "y"): [number, number] | undefined {
  const log = panel[key].log === true;
  let lo = Infinity;
  let hi = -Infinity;
  for (const layer of layersOf(panel)) {
    const extent = layer.extent(key, log);
    if (!extent) continue;
    if (extent[0] < lo) lo = extent[0];
    if (extent[1] > hi) hi = extent[1];
  }
  return lo <= hi ? [lo, hi] : undefined;
}

/** The axes of a panel, or why they cannot be drawn. */
export function panelAxes(panel: Panel): AxesResult {
  const x = axisScale(panel, "x");
  if (typeof x === "string") return { ok: false, reason: x };
  const y = axisScale(panel, "y");
  if (typeof y === "string") return { ok: false, reason: y };
  if (panel.equalAxes && !x.log && !y.log) return { ok: true, axes: equalScales(panel, x, y) };
  return { ok: true, axes: { x, y } };
}

/**
 * Axes with one unit the same length on both (in the book's plot geometry, which the SVG and the
 * chart share): the axis with fewer units per length is widened about its middle.
 */
function equalScales(panel: Panel, x: AxisScale, y: AxisScale): PanelAxes {
  const perUnitX = (x.max - x.min) / PLOT_AREA.width;
  const perUnitY = (y.max - y.min) / PLOT_AREA.height;
  const widen = (scale: AxisScale, key: "x" | "y", length: number) => {
    const half = (Math.max(perUnitX, perUnitY) * length) / 2;
    const middle = scale.min / 2 + scale.max / 2;
    const wide = axisScale(panel, key, [middle - half, middle + half]);
    return typeof wide === "string" ? scale : wide;
  };
  return perUnitX < perUnitY ? { x: widen(x, "x", PLOT_AREA.width), y } : { x, y: widen(y, "y", PLOT_AREA.height) };
}

/** One axis of a panel (over `range` when given), or a sentence saying why it cannot be drawn. */
export function axisScale(panel: Panel, key: "x" | "y", range?: [number, number]): AxisScale | string {
  const axis: Axis = panel[key];
  const log = axis.log === true;
  // A range given (to make the scales equal) widens the axis's own min and max.
  const data = range ?? dataRange(panel, key);
  let lo = range ? range[0] : (axis.min ?? data?.[0]);
  let hi = range ? range[1] : (axis.max ?? data?.[1]);
  for (const [name, v] of [
    ["min", axis.min],
    ["max", axis.max],
  ] as const) {
    if (v !== undefined && (typeof v !== "number" || !Number.isFinite(v)))
      return `the ${key} axis's ${name} must be a finite number`;
    if (v !== undefined && log && !(v > 0)) return `the ${key} axis is logarithmic, so its ${name} must be > 0`;
  }
  if (lo === undefined || hi === undefined) [lo, hi] = log ? [0.1, 10] : [0, 1]; // nothing to draw on it
  if (lo > hi) return `the ${key} axis's min (${short(lo)}) is above its max (${short(hi)})`;
  if (!log) {
    const biggest = Math.max(Math.abs(lo), Math.abs(hi));
    if (biggest > LARGEST_DRAWABLE) {
      return (
        `the ${key} values reach ${short(Math.abs(lo) > Math.abs(hi) ? lo : hi)}, too large to draw on a linear axis ` +
        `(the limit is ±1e300): the run is close to overflowing; take fewer steps, or make the axis logarithmic`
      );
    }
  }
  [lo, hi] = widen(lo, hi, log);
  const ticks = log ? logTicks(lo, hi) : linearTicks(lo, hi);
  return { log, min: lo, max: hi, ticks: ticks.values, labels: ticks.labels };
}

/** A range that has width: a single value (or one below the doubles' resolution) is opened around itself. */
function widen(lo: number, hi: number, log: boolean): [number, number] {
  if (log) {
    if (hi / lo > 1 + 1e-9) return [lo, hi];
    // Halve and double, short of underflowing to 0 or overflowing to Infinity.
    return [lo / 2 > 0 ? lo / 2 : lo, Number.isFinite(hi * 2) ? hi * 2 : hi];
  }
  const scale = Math.max(Math.abs(lo), Math.abs(hi));
  if (hi - lo > scale * 1e-9) return [lo, hi];
  const centre = lo / 2 + hi / 2;
  const half = centre === 0 ? 1 : Math.abs(centre) * 0.05;
  return [centre - half, centre + half];
}

interface Ticks {
  values: number[];
  labels: string[];
}

/** About `TICK_COUNT` ticks 1, 2 or 5 times a power of ten apart, computed by index (no drift, no endless loop). */
export function linearTicks(lo: number, hi: number, count = TICK_COUNT): Ticks {
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw * (1 - 1e-12)) ?? 10 * power;
  const first = Math.ceil(lo / step - 1e-9);
  const values: number[] = [];
  if (step > 0 && Number.isFinite(first)) {
    for (let i = 0; i < MAX_TICKS; i++) {
      const v = (first + i) * step;
      if (v > hi + step * 1e-9) break;
      values.push(Math.abs(v) < step * 1e-9 ? 0 : v);
    }
  }
  if (values.length < 2 || values.some((v) => !Number.isFinite(v)))
    return { values: [lo, hi], labels: distinctLabels([lo, hi]) };
  return { values, labels: linearLabels(values, step) };
}

/** Labels of evenly spaced ticks: as many decimals as the step needs, exponent form for very large or small values. */
function linearLabels(values: number[], step: number): string[] {
  const magnitude = Math.max(...values.map(Math.abs));
  const stepDigits = Math.floor(Math.log10(step));
  if (magnitude >= 1e5 || (magnitude > 0 && magnitude < 1e-3)) {
    const digits = Math.min(15, Math.max(0, Math.floor(Math.log10(magnitude)) - stepDigits));
    return values.map((v) => (v === 0 ? "0" : exponent(v, digits)));
  }
  const decimals = Math.min(15, Math.max(0, -stepDigits));
  return values.map((v) => {
    const text = v.toFixed(decimals);
    return Number(text) === 0 ? "0" : text;
  });
}

/**
 * Ticks on a log axis: powers of ten (every k-th one when there are many decades); within a decade or
 * two, also 2× and 5×; within less than a decade, evenly spaced ticks.
 */
export function logTicks(lo: number, hi: number): Ticks {
  const first = Math.ceil(Math.log10(lo) - 1e-9);
  const last = Math.floor(Math.log10(hi) + 1e-9);
  const decades = last - first + 1;
  // Ratios, not products: hi·(1 + ε) overflows for hi near the largest double.
  const inside = (v: number) => Number.isFinite(v) && v > 0 && v / lo >= 1 - 1e-9 && v / hi <= 1 + 1e-9;
  let values: number[] = [];
  if (decades >= 1) {
    const stride = Math.max(1, Math.ceil(decades / 6));
    for (let e = first; e <= last && values.length < MAX_TICKS; e += stride) values.push(10 ** e);
  }
  if (values.length < 3) {
    const multiples: number[] = [];
    for (let e = first - 1; e <= last && multiples.length < MAX_TICKS; e++)
      for (const m of [1, 2, 5]) multiples.push(m * 10 ** e);
    values = multiples.filter(inside);
  }
  if (values.length < 2) values = linearTicks(lo, hi).values.filter(inside);
  if (values.length < 2) values = [lo, hi];
  return { values, labels: distinctLabels(values) };
}

function exponent(v: number, digits: number): string {
  if (!Number.isFinite(v)) return String(v);
  const [mantissa, power] = v.toExponential(digits).split("e") as [string, string];
  const trimmed = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
  return `${trimmed}e${power.replace("+", "")}`;
}

/** One short label a value; more digits where two neighbours would read the same. */
function distinctLabels(values: number[]): string[] {
  for (let digits = 1; digits <= 15; digits++) {
    const labels = values.map((v) => tickLabel(v, digits));
    if (new Set(labels).size === labels.length) return labels;
  }
  return values.map((v) => String(v));
}

/** A tick label with at most `digits` significant digits: "0.001", "20", "2.5e-5", "1e6". */
export function tickLabel(v: number, digits = 3): string {
  if (v === 0) return "0";
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) return exponent(v, digits - 1);
  return String(Number(v.toPrecision(digits)));
}
