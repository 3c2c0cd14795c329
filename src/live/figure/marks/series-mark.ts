import type { Series } from "@descent/numerics";
import { plainLabel } from "../label-text";
import type { Mark, Swatch } from "./mark";

/** A mark drawn from a series (x and y arrays): also its legend swatch, and how it is thinned to draw. */
export interface SeriesMark extends Mark<Series> {
  swatch(series: Series): Swatch;
  /** The series with at most `max` points (x, y pairs) for the chart; the snippet keeps its exact data. */
  thin(series: Series, max: number): Series;
}

/** The class that gives a series its colour (`--tone`, and `currentColor` for SVG strokes and fills). */
export const toneClass = (series: Series) => `tone-${series.tone ?? "blue"}`;

/** The range of a series' values along an axis (on a log axis, the values > 0). */
export function seriesExtent(series: Series, key: "x" | "y", log: boolean): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of series[key]) {
    if (log && !(v > 0)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : undefined;
}

export const num = (v: number) => String(Number(v.toPrecision(3)));

/** A run in words: "GD (dots, 11 points, from (0, 1.2) to (5, 0.001), diverged at step 7)". */
export function describeRun(series: Series, kind: "curve" | "dots"): string {
  const label = plainLabel(series.label);
  const n = series.x.length;
  if (n === 0) return `${label} (empty)`;
  const at = (k: number) => `(${num(series.x[k]!)}, ${num(series.y[k]!)})`;
  if (n === 1) return `${label} (${kind === "dots" ? "point" : kind} at ${at(0).slice(1, -1)})`;
  const stop = series.diverged ? `, diverged at step ${series.diverged.step}` : "";
  return `${label} (${kind}, ${n} points, from ${at(0)} to ${at(n - 1)}${stop})`;
}
