/**
 * The one geometry of a plot, in the units of a 360 × 240 box scaled to the width it is given: the
 * build-time SVG uses it as its viewBox, the live chart scales it to its canvas. Margins hold only
 * the tick labels; titles, legends and axis labels are HTML around the plot (FigureView).
 */
export const PLOT = {
  width: 360,
  height: 240,
  // The right margin holds half of the last x tick's label ("1000" centred on the plot's edge).
  margin: { left: 48, right: 18, top: 10, bottom: 24 },
  /** Tick label size, gap between a tick label and the plot. */
  tickFont: 12,
  tickGap: 6,
  lineWidth: 2,
  pointRadius: 3.5,
  dash: [6, 4] as const,
} as const;

/** The plotting area inside the margins. */
export const PLOT_AREA = {
  left: PLOT.margin.left,
  top: PLOT.margin.top,
  width: PLOT.width - PLOT.margin.left - PLOT.margin.right,
  height: PLOT.height - PLOT.margin.top - PLOT.margin.bottom,
} as const;

/** The scale of a plot `width` CSS pixels wide against the book's geometry (PLOT.width units across). */
export const plotUnit = (width: number) => Math.max(0.25, width / PLOT.width);
