import type { AxisScale, PanelAxes } from "./axes";
import { PLOT, plotUnit } from "./plot-geometry";

/**
 * The point of the data under a pixel of a live plot `width` × `height` CSS pixels (its canvas's
 * box), or undefined outside the plotting area: the live chart's geometry (the book's margins scaled
 * to the width, its axes drawn by panel-chart.ts) read backwards, on either kind of axis. A click on a
 * landscape is read here, whichever thread draws the chart.
 */
export function valueAtPixel(
  axes: PanelAxes,
  width: number,
  height: number,
  px: number,
  py: number,
): { x: number; y: number } | undefined {
  const unit = plotUnit(width);
  const left = PLOT.margin.left * unit;
  const right = width - PLOT.margin.right * unit;
  const top = PLOT.margin.top * unit;
  const bottom = height - PLOT.margin.bottom * unit;
  if (!(right > left && bottom > top) || px < left || px > right || py < top || py > bottom) return undefined;
  return { x: along(axes.x, (px - left) / (right - left)), y: along(axes.y, (bottom - py) / (bottom - top)) };
}

/** The value a fraction `f` of the way along an axis (from its minimum). */
function along(axis: AxisScale, f: number): number {
  if (!axis.log) return axis.min + f * (axis.max - axis.min);
  const low = Math.log10(axis.min);
  return 10 ** (low + f * (Math.log10(axis.max) - low));
}
