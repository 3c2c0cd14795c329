import { Fragment, useId } from "react";
import type { Panel } from "@descent/numerics";
import type { AxisScale, PanelAxes } from "./axes";
import { layersOf, type SvgPlane } from "./marks";
import { PLOT, PLOT_AREA } from "./plot-geometry";

const fmt = (v: number) => v.toFixed(1);

/** Maps data values to the plot's units along one axis (log axes in log10). */
function mapper(scale: AxisScale, from: number, length: number, flip: boolean) {
  const t = (v: number) => (scale.log ? Math.log10(v) : v);
  const t0 = t(scale.min);
  const span = t(scale.max) - t0;
  return (v: number) => {
    const fraction = (t(v) - t0) / span;
    return flip ? from + length - fraction * length : from + fraction * length;
  };
}

/** The plane of a panel's SVG: data → the plot's units, inside the axes' ranges, its clip path. */
export function svgPlane(axes: PanelAxes, clipId: string): SvgPlane {
  const within = (v: number, s: AxisScale) => v >= s.min && v <= s.max && (!s.log || v > 0);
  return {
    x: mapper(axes.x, PLOT_AREA.left, PLOT_AREA.width, false),
    y: mapper(axes.y, PLOT_AREA.top, PLOT_AREA.height, true),
    left: PLOT_AREA.left,
    top: PLOT_AREA.top,
    right: PLOT_AREA.left + PLOT_AREA.width,
    bottom: PLOT_AREA.top + PLOT_AREA.height,
    inside: (x, y) => within(x, axes.x) && within(y, axes.y),
    clipId,
  };
}

/**
 * A panel's plot drawn as SVG: grid, ticks, then its marks bottom to top, in the book's geometry
 * (PLOT). Rendered at build time (the figure as it reads without JavaScript, in print, and until the
 * live chart takes over, and in an exported figure). Colours come from CSS (a mark's tone class sets
 * `currentColor`), so it follows the theme. A pinned run's series are drawn faint under the panel's.
 */
export function SvgPlot({ panel, axes, pinned }: { panel: Panel; axes: PanelAxes; pinned?: Panel }) {
  const at = svgPlane(axes, `plot-${useId().replace(/[:«»]/g, "")}`);
  return (
    <svg
      className="fig-svg"
      viewBox={`0 0 ${PLOT.width} ${PLOT.height}`}
      aria-hidden="true"
      xmlns="http://www.w3.org/2000/svg"
    >
      <path
        className="fig-grid"
        d={
          axes.x.ticks.map((v) => `M${fmt(at.x(v))} ${at.top}V${at.bottom}`).join("") +
          axes.y.ticks.map((v) => `M${at.left} ${fmt(at.y(v))}H${at.right}`).join("")
        }
      />
      {axes.x.ticks.map((v, i) => (
        <text
          key={`x${i}`}
          className="fig-tick"
          x={fmt(at.x(v))}
          y={at.bottom + PLOT.tickGap + PLOT.tickFont * 0.8}
          textAnchor="middle"
        >
          {axes.x.labels[i]}
        </text>
      ))}
      {axes.y.ticks.map((v, i) => (
        <text
          key={`y${i}`}
          className="fig-tick"
          x={at.left - PLOT.tickGap}
          y={fmt(at.y(v) + PLOT.tickFont * 0.35)}
          textAnchor="end"
        >
          {axes.y.labels[i]}
        </text>
      ))}
      <path className="fig-axis" d={`M${at.left} ${at.top}V${at.bottom}H${at.right}`} />
      {layersOf(panel, pinned).map((layer, i) => (
        <Fragment key={i}>{layer.svg(at)}</Fragment>
      ))}
    </svg>
  );
}
