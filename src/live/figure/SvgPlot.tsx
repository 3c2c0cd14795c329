import { useId } from "react";
import type { Panel } from "@descent/numerics";
import type { PanelAxes } from "./axes";
import { downsample } from "./downsample";
import { PLOT, PLOT_AREA } from "./plot-geometry";

/** Points kept per series in the page's HTML: enough for the picture, light for the page. */
const SVG_LINE_POINTS = 800;
const SVG_DOTS = 400;

const fmt = (v: number) => v.toFixed(1);

/** Maps data values to the plot's units along one axis (log axes in log10). */
function mapper(scale: PanelAxes["x"], from: number, length: number, flip: boolean) {
  const t = (v: number) => (scale.log ? Math.log10(v) : v);
  const t0 = t(scale.min);
  const span = t(scale.max) - t0;
  return (v: number) => {
    const fraction = (t(v) - t0) / span;
    return flip ? from + length - fraction * length : from + fraction * length;
  };
}

/**
 * A panel's plot drawn as SVG: grid, ticks and series, in the book's geometry (PLOT). Rendered at
 * build time (the figure as it reads without JavaScript, in print, and until the live chart takes
 * over). Colours come from CSS classes, so it follows the theme.
 */
export function SvgPlot({ panel, axes }: { panel: Panel; axes: PanelAxes }) {
  const sx = mapper(axes.x, PLOT_AREA.left, PLOT_AREA.width, false);
  const sy = mapper(axes.y, PLOT_AREA.top, PLOT_AREA.height, true);
  const bottom = PLOT_AREA.top + PLOT_AREA.height;
  const right = PLOT_AREA.left + PLOT_AREA.width;
  const inside = (x: number, y: number) =>
    x >= axes.x.min &&
    x <= axes.x.max &&
    y >= axes.y.min &&
    y <= axes.y.max &&
    (!axes.x.log || x > 0) &&
    (!axes.y.log || y > 0);
  const clip = `plot-${useId().replace(/:/g, "")}`;
  const polyline = (x: number[], y: number[], close = false) =>
    x.map((v, k) => `${k === 0 ? "M" : "L"}${fmt(sx(v))} ${fmt(sy(y[k]!))}`).join("") + (close ? "Z" : "");

  return (
    <svg
      className="fig-svg"
      viewBox={`0 0 ${PLOT.width} ${PLOT.height}`}
      aria-hidden="true"
      xmlns="http://www.w3.org/2000/svg"
    >
      {axes.x.ticks.map((v, i) => (
        <g key={`x${i}`}>
          <line className="fig-grid" x1={fmt(sx(v))} x2={fmt(sx(v))} y1={PLOT_AREA.top} y2={bottom} />
          <text className="fig-tick" x={fmt(sx(v))} y={bottom + PLOT.tickGap + PLOT.tickFont * 0.8} textAnchor="middle">
            {axes.x.labels[i]}
          </text>
        </g>
      ))}
      {axes.y.ticks.map((v, i) => (
        <g key={`y${i}`}>
          <line className="fig-grid" x1={PLOT_AREA.left} x2={right} y1={fmt(sy(v))} y2={fmt(sy(v))} />
          <text
            className="fig-tick"
            x={PLOT_AREA.left - PLOT.tickGap}
            y={fmt(sy(v) + PLOT.tickFont * 0.35)}
            textAnchor="end"
          >
            {axes.y.labels[i]}
          </text>
        </g>
      ))}
      <path className="fig-axis" d={`M${PLOT_AREA.left} ${PLOT_AREA.top}V${bottom}H${right}`} />
      {panel.levels && (
        <g className="fig-levels" clipPath={`url(#${clip})`}>
          <clipPath id={clip}>
            <rect x={PLOT_AREA.left} y={PLOT_AREA.top} width={PLOT_AREA.width} height={PLOT_AREA.height} />
          </clipPath>
          {panel.levels.regions?.map((r, i) => (
            <path key={`r${i}`} className="fig-level-region" d={polyline(r.x, r.y, true)} />
          ))}
          {panel.levels.lines.map((l, i) => (
            <path key={i} className="fig-level" d={polyline(l.x, l.y)} />
          ))}
        </g>
      )}
      {panel.series.map((s, i) => {
        const tone = `tone-${s.tone ?? "blue"}`;
        if (s.type === "line") {
          const { x, y } = downsample(s.x, s.y, SVG_LINE_POINTS);
          let d = "";
          let pen = "M";
          for (let k = 0; k < x.length; k++) {
            if (!inside(x[k]!, y[k]!)) {
              pen = "M";
              continue;
            }
            d += `${pen}${fmt(sx(x[k]!))} ${fmt(sy(y[k]!))}`;
            pen = "L";
          }
          return <path key={i} className={`fig-line ${tone}${s.dashed ? " fig-dashed" : ""}`} d={d} />;
        }
        const stride = Math.max(1, Math.ceil(s.x.length / SVG_DOTS));
        const dots = [];
        for (let k = 0; k < s.x.length; k += stride) {
          if (inside(s.x[k]!, s.y[k]!))
            dots.push(<circle key={k} cx={fmt(sx(s.x[k]!))} cy={fmt(sy(s.y[k]!))} r={PLOT.pointRadius} />);
        }
        return (
          <g key={i} className={`fig-point ${tone}`}>
            {dots}
          </g>
        );
      })}
    </svg>
  );
}
