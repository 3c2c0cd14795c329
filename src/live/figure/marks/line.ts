import { createElement } from "react";
import { downsample } from "../downsample";
import { PLOT } from "../plot-geometry";
import { describeRun, seriesExtent, toneClass, type SeriesMark } from "./series-mark";

/** Points of a curve kept in the page's SVG: enough for the picture, light for the page. */
const SVG_POINTS = 800;
const fmt = (v: number) => v.toFixed(1);

/** A connected curve through (xₖ, yₖ), solid or dashed; broken where it leaves the axes' ranges. */
export const lineMark: SeriesMark = {
  extent: seriesExtent,
  thin: (series, max) => ({ ...series, ...downsample(series.x, series.y, max) }),
  swatch: (series) => (series.dashed ? "dashed" : "line"),
  describe: (series) => describeRun(series, "curve"),

  svg(series, at) {
    const { x, y } = downsample(series.x, series.y, SVG_POINTS);
    let d = "";
    let pen = "M";
    for (let k = 0; k < x.length; k++) {
      if (!at.inside(x[k]!, y[k]!)) {
        pen = "M";
        continue;
      }
      d += `${pen}${fmt(at.x(x[k]!))} ${fmt(at.y(y[k]!))}`;
      pen = "L";
    }
    return createElement("path", {
      className: toneClass(series),
      d,
      fill: "none",
      stroke: "currentColor",
      strokeWidth: PLOT.lineWidth,
      ...(series.dashed ? { strokeDasharray: PLOT.dash.join(" ") } : {}),
    });
  },

  draw(series, { ctx, x, y, unit, colors, left, top, right, bottom }) {
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, top, right - left, bottom - top);
    ctx.clip();
    ctx.strokeStyle = colors[series.tone ?? "blue"];
    ctx.lineWidth = PLOT.lineWidth * unit;
    ctx.lineJoin = "round";
    ctx.setLineDash(series.dashed ? PLOT.dash.map((d) => d * unit) : []);
    ctx.beginPath();
    for (let k = 0; k < series.x.length; k++) {
      if (k === 0) ctx.moveTo(x(series.x[k]!), y(series.y[k]!));
      else ctx.lineTo(x(series.x[k]!), y(series.y[k]!));
    }
    ctx.stroke();
    ctx.restore();
  },
};
