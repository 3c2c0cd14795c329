import { createElement } from "react";
import { plainLabel } from "../label-text";
import { num, toneClass, type SeriesMark } from "./series-mark";

const fmt = (v: number) => v.toFixed(1);
/** Bars are filled this opaque, so a curve drawn over them (a density) stays visible. */
const FILL_OPACITY = 0.35;

/** The bars' edges of a histogram: centre ± half the bin width. */
const edges = (centre: number, width: number): [number, number] => [centre - width / 2, centre + width / 2];

/**
 * A histogram's bars (`histogram(…)` in the numerics package): bar k spans xₖ ± binWidth/2 and rises
 * from 0 to yₖ. Drawn as one outline-and-fill path, bars of height 0 left out.
 */
export const histogramMark: SeriesMark = {
  extent(series, key, log) {
    const width = series.binWidth ?? 0;
    let lo = Infinity;
    let hi = -Infinity;
    series.x.forEach((centre, k) => {
      const values = key === "x" ? edges(centre, width) : [0, series.y[k]!];
      for (const v of values) {
        if (log && !(v > 0)) continue;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    });
    return lo <= hi ? [lo, hi] : undefined;
  },
  thin: (series) => series, // a histogram has at most a few thousand bins (checked with the figure)
  swatch: () => "bar",
  describe(series) {
    const n = series.x.length;
    const width = series.binWidth ?? 0;
    if (n === 0) return `${plainLabel(series.label)} (empty histogram)`;
    const tallest = series.y.indexOf(Math.max(...series.y));
    const [from] = edges(series.x[0]!, width);
    const [, to] = edges(series.x[n - 1]!, width);
    return (
      `${plainLabel(series.label)} (histogram, ${n} bars from ${num(from)} to ${num(to)}, ` +
      `tallest ${num(series.y[tallest]!)} at ${num(series.x[tallest]!)})`
    );
  },

  svg(series, at) {
    const width = series.binWidth ?? 0;
    let d = "";
    series.x.forEach((centre, k) => {
      const [a, b] = edges(centre, width);
      if (!(series.y[k]! > 0) || !at.inside(a, 0) || !at.inside(b, series.y[k]!)) return;
      const [x0, x1, y0, y1] = [at.x(a), at.x(b), at.y(0), at.y(series.y[k]!)];
      d += `M${fmt(x0)} ${fmt(y0)}V${fmt(y1)}H${fmt(x1)}V${fmt(y0)}Z`;
    });
    return createElement("path", {
      className: toneClass(series),
      d,
      fill: "currentColor",
      fillOpacity: FILL_OPACITY,
      stroke: "currentColor",
      strokeWidth: 1,
    });
  },

  draw(series, { ctx, x, y, unit, colors }) {
    const width = series.binWidth ?? 0;
    ctx.save();
    ctx.beginPath();
    series.x.forEach((centre, k) => {
      if (!(series.y[k]! > 0)) return;
      const [a, b] = edges(centre, width);
      ctx.rect(x(a), y(series.y[k]!), x(b) - x(a), y(0) - y(series.y[k]!));
    });
    ctx.fillStyle = colors[series.tone ?? "blue"];
    ctx.strokeStyle = colors[series.tone ?? "blue"];
    ctx.lineWidth = unit;
    ctx.globalAlpha = FILL_OPACITY;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.stroke();
    ctx.restore();
  },
};
