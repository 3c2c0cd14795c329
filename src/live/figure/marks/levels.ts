import { createElement } from "react";
import type { LevelSets } from "@descent/numerics";
import { plainLabel } from "../label-text";
import type { Mark } from "./mark";
import { num } from "./series-mark";

const fmt = (v: number) => v.toFixed(1);
/** The shading between level curves: faint, so the paths over it stay the figure. */
const REGION_OPACITY = 0.07;

/** An outline through (xₖ, yₖ) as SVG path data. */
const pathData = (xs: number[], ys: number[], at: { x(v: number): number; y(v: number): number }, close: boolean) =>
  xs.map((v, k) => `${k === 0 ? "M" : "L"}${fmt(at.x(v))} ${fmt(at.y(ys[k]!))}`).join("") + (close ? "Z" : "");

/**
 * A landscape's level sets (`contours(…)`), drawn under the series: shaded regions, then the level
 * curves, clipped to the plot. It spans the rectangle the loss was sampled over.
 */
export const levelsMark: Mark<LevelSets> = {
  extent: (levels, key, log) => {
    const [lo, hi] = levels.domain[key];
    return log && !(lo > 0) ? undefined : [lo, hi];
  },
  describe: (levels) =>
    levels.levels.length === 0
      ? ""
      : `Level sets of ${plainLabel(levels.label)} from ${num(levels.levels[0]!)} to ` +
        `${num(levels.levels.at(-1)!)} (${levels.levels.length} levels).`,

  svg(levels, at) {
    return createElement(
      "g",
      { className: "fig-levels", style: { color: "var(--levels)" }, clipPath: `url(#${at.clipId})` },
      createElement(
        "clipPath",
        { id: at.clipId },
        createElement("rect", { x: at.left, y: at.top, width: at.right - at.left, height: at.bottom - at.top }),
      ),
      // Each region filled on its own, one over the other: darker where the loss is higher.
      ...(levels.regions ?? []).map((r, i) =>
        createElement("path", {
          key: i,
          d: pathData(r.x, r.y, at, true),
          fill: "currentColor",
          fillOpacity: REGION_OPACITY,
        }),
      ),
      createElement("path", {
        key: "lines",
        className: "fig-level-lines",
        d: levels.lines.map((l) => pathData(l.x, l.y, at, false)).join(""),
        fill: "none",
        stroke: "currentColor",
        strokeWidth: 1,
      }),
    );
  },

  draw(levels, { ctx, x, y, unit, colors, left, top, right, bottom }) {
    const trace = (xs: number[], ys: number[], close: boolean) => {
      for (let k = 0; k < xs.length; k++) {
        if (k === 0) ctx.moveTo(x(xs[k]!), y(ys[k]!));
        else ctx.lineTo(x(xs[k]!), y(ys[k]!));
      }
      if (close) ctx.closePath();
    };
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, top, right - left, bottom - top);
    ctx.clip();
    ctx.fillStyle = colors.levels;
    ctx.globalAlpha = REGION_OPACITY;
    for (const r of levels.regions ?? []) {
      ctx.beginPath();
      trace(r.x, r.y, true);
      ctx.fill();
    }
    ctx.globalAlpha = 1;
    ctx.strokeStyle = colors.levels;
    ctx.lineWidth = unit;
    ctx.beginPath();
    for (const l of levels.lines) trace(l.x, l.y, false);
    ctx.stroke();
    ctx.restore();
  },
};
