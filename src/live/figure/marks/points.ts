import { createElement } from "react";
import { PLOT } from "../plot-geometry";
import { describeRun, seriesExtent, toneClass, type SeriesMark } from "./series-mark";

/** Dots kept per series in the page's SVG. */
const SVG_DOTS = 400;
const fmt = (v: number) => v.toFixed(1);

/**
 * Separate dots at (xₖ, yₖ): the iterates of a discrete method. In SVG one path of circles (one
 * element however many dots); dots on the plot's edge are drawn whole.
 */
export const pointsMark: SeriesMark = {
  extent: seriesExtent,
  swatch: () => "dot",
  describe: (series) => describeRun(series, "dots"),
  thin(series, max) {
    if (series.x.length <= max) return series;
    const stride = series.x.length / max;
    const keep = Array.from({ length: max }, (_, i) => Math.floor(i * stride));
    return { ...series, x: keep.map((k) => series.x[k]!), y: keep.map((k) => series.y[k]!) };
  },

  svg(series, at) {
    const r = PLOT.pointRadius;
    const stride = Math.max(1, Math.ceil(series.x.length / SVG_DOTS));
    let d = "";
    for (let k = 0; k < series.x.length; k += stride) {
      const [x, y] = [series.x[k]!, series.y[k]!];
      if (!at.inside(x, y)) continue;
      // A circle as two half-arcs from its leftmost point.
      d += `M${fmt(at.x(x) - r)} ${fmt(at.y(y))}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
    }
    return createElement("path", { className: toneClass(series), d, fill: "currentColor" });
  },

  draw(series, { ctx, x, y, unit, colors, left, top, right, bottom }) {
    const r = PLOT.pointRadius * unit;
    ctx.fillStyle = colors[series.tone ?? "blue"];
    ctx.beginPath();
    for (let k = 0; k < series.x.length; k++) {
      const px = x(series.x[k]!);
      const py = y(series.y[k]!);
      if (!(px >= left - 0.5 && px <= right + 0.5 && py >= top - 0.5 && py <= bottom + 0.5)) continue;
      ctx.moveTo(px + r, py);
      ctx.arc(px, py, r, 0, 2 * Math.PI);
    }
    ctx.fill();
  },
};
