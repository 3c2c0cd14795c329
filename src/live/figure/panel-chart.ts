import { Chart, LinearScale, LogarithmicScale, ScatterController, type Scale } from "chart.js";
import type { Panel } from "@descent/numerics";
import type { AxisScale, PanelAxes } from "./axes";
import { layersOf, type CanvasPen } from "./marks";
import { PLOT, plotUnit } from "./plot-geometry";
import type { ThemeColors } from "./theme-colors";

/**
 * chart.js drawing a panel in the book's geometry: the canvas (its size and pixel ratio), the axes of
 * `panelAxes` (the ones the SVG draws: chart.js never computes ticks or ranges of its own), and the
 * panel's marks, drawn by each mark's own canvas code (figure/marks/) in a plugin. A new result whose
 * axes are the ones drawn is redrawn without chart.js's update (option resolution and layout): only
 * the marks change, so the canvas is simply drawn again.
 */

/** What each chart draws: its panel (and a pinned run's), axes, colours, the canvas's scale of the book's sizes. */
interface Drawn {
  panel: Panel;
  pinned?: Panel | undefined;
  axes: PanelAxes;
  colors: ThemeColors;
  unit: number;
}
const drawnWith = new WeakMap<Chart, Drawn>();
const axesOf = (scale: Scale): AxisScale => drawnWith.get(scale.chart)!.axes[scale.axis as "x" | "y"];

/**
 * Makes `Base` (a subclass of chart.js's linear or log scale) take its range and ticks from the book's
 * axes (`panelAxes`): chart.js's own tick generator never runs (it loops forever when a range rounds
 * up past the largest double).
 */
function withBookAxes<T extends { id: string; prototype: Scale }>(Base: T, id: string): T {
  Base.id = id;
  Object.assign(Base.prototype, {
    determineDataLimits(this: Scale) {
      ({ min: this.min, max: this.max } = axesOf(this));
    },
    buildTicks(this: Scale) {
      return axesOf(this).ticks.map((value) => ({ value }));
    },
  });
  return Base;
}
const BookLinearScale = withBookAxes(class extends LinearScale {}, "book-linear");
const BookLogScale = withBookAxes(class extends LogarithmicScale {}, "book-log");

/** The panel's marks, bottom to top, each by its own canvas code, after the grid and before the axes' ticks. */
const bookMarks = {
  id: "book-marks",
  beforeDatasetsDraw(chart: Chart) {
    const drawn = drawnWith.get(chart);
    if (!drawn) return;
    const { ctx, chartArea: area, scales } = chart;
    const x = scales.x!;
    const y = scales.y!;
    const pen: CanvasPen = {
      ctx,
      x: (v) => x.getPixelForValue(v),
      y: (v) => y.getPixelForValue(v),
      left: area.left,
      top: area.top,
      right: area.right,
      bottom: area.bottom,
      unit: drawn.unit,
      colors: drawn.colors,
    };
    for (const layer of layersOf(drawn.panel, drawn.pinned)) layer.draw(pen);
  },
};

Chart.register(ScatterController, BookLinearScale, BookLogScale, bookMarks);

export type PanelChart = Chart<"scatter">;

/**
 * The canvas's scale against the book's geometry (PLOT.width units across). Sizes in the options are
 * plain numbers for that scale (not scriptable: chart.js would call a function per draw), set again
 * when the canvas is resized.
 */
const unitOf = plotUnit;

function scaleOptions(axis: "x" | "y", log: boolean, colors: ThemeColors, unit: number) {
  const margin = (axis === "x" ? PLOT.margin.bottom : PLOT.margin.left) * unit;
  return {
    type: log ? "book-log" : "book-linear",
    // The plot's margins are the book's, whatever the tick labels' widths: chart.js would otherwise
    // widen them for a long first or last label (the SVG's margins hold those labels, as these do).
    afterFit: (s: Scale) => {
      if (axis === "x") s.height = margin;
      else s.width = margin;
      s.paddingLeft = s.paddingRight = s.paddingTop = s.paddingBottom = 0;
    },
    ticks: {
      color: colors.muted,
      autoSkip: false,
      maxRotation: 0,
      padding: 0,
      callback(this: Scale, _value: unknown, index: number) {
        return axesOf(this).labels[index] ?? "";
      },
      font: { size: PLOT.tickFont * unit },
    },
    grid: { color: colors.border, drawTicks: true, tickLength: PLOT.tickGap * unit, tickColor: "transparent" },
    border: { color: colors.muted },
  };
}

/** What of a chart lives in its options (and so needs chart.js's update to change): axis kinds, colours, size. */
const optionsFor = ({ axes, colors, unit }: Drawn) => ({
  scales: {
    x: scaleOptions("x", axes.x.log, colors, unit),
    y: scaleOptions("y", axes.y.log, colors, unit),
  } as never,
  layout: { padding: { top: PLOT.margin.top * unit, right: PLOT.margin.right * unit } },
});

function applyOptions(chart: PanelChart, drawn: Drawn): void {
  Object.assign(chart.options, optionsFor(drawn));
}

function resize(chart: PanelChart, width: number): void {
  const last = drawnWith.get(chart);
  const unit = unitOf(width);
  if (!last || Math.abs(unit - last.unit) < 1e-3) return;
  const next = { ...last, unit };
  drawnWith.set(chart, next);
  applyOptions(chart, next);
  // chart.js lays out and redraws after this callback, with these options.
}

/** A chart's size in CSS pixels and the device's pixels to each, for a canvas no page lays out (an OffscreenCanvas). */
export interface PlotSize {
  width: number;
  height: number;
  pixelRatio: number;
}

/**
 * A new chart of `panel` on `canvas`: an element, sized for the width of its box (chart.js follows
 * its box from then on), or an OffscreenCanvas in a worker, sized `size` (and resized by
 * `resizePanelChart`).
 */
export function createPanelChart(
  canvas: HTMLCanvasElement | OffscreenCanvas,
  panel: Panel,
  axes: PanelAxes,
  colors: ThemeColors,
  pinned?: Panel,
  size?: PlotSize,
): PanelChart {
  const boxWidth = size?.width ?? ((canvas as HTMLCanvasElement).parentElement?.clientWidth || PLOT.width);
  const drawn = { panel, pinned, axes, colors, unit: unitOf(boxWidth) };
  if (size) {
    // chart.js takes an OffscreenCanvas's size as the chart's, then scales the canvas by the ratio.
    canvas.width = Math.max(1, Math.round(size.width));
    canvas.height = Math.max(1, Math.round(size.height));
  }
  const chart = new Chart<"scatter">(canvas as HTMLCanvasElement, {
    type: "scatter",
    data: { datasets: [] },
    options: {
      ...optionsFor(drawn),
      animation: false,
      responsive: !size,
      ...(size ? { devicePixelRatio: size.pixelRatio } : {}),
      maintainAspectRatio: false,
      events: [],
      plugins: { legend: { display: false }, title: { display: false }, tooltip: { enabled: false } },
      onResize: (c, next) => resize(c as PanelChart, next.width),
    },
    plugins: [{ id: "book-drawn", beforeInit: (c: Chart) => void drawnWith.set(c, drawn) }],
  });
  // The estimate from the box's width against chart.js's own, which later resizes compare with.
  if (Math.abs(unitOf(chart.width) - drawn.unit) >= 1e-3) {
    resize(chart, chart.width);
    chart.update("none");
  }
  return chart;
}

/** Sizes a chart made with a `PlotSize` again (its box changed, or the device's pixel ratio), and redraws it. */
export function resizePanelChart(chart: PanelChart, size: PlotSize): void {
  chart.options.devicePixelRatio = size.pixelRatio; // a new ratio scales the canvas again below
  chart.resize(Math.max(1, Math.round(size.width)), Math.max(1, Math.round(size.height)));
}

const sameScale = (a: AxisScale, b: AxisScale) =>
  a.log === b.log &&
  a.min === b.min &&
  a.max === b.max &&
  a.ticks.length === b.ticks.length &&
  a.ticks.every((t, i) => t === b.ticks[i] && a.labels[i] === b.labels[i]);

/**
 * Redraws a chart in place from a panel and a pinned run's (the chart and its canvas live on). When
 * its axes and colours are the ones drawn, only the marks are drawn again (no update: about a tenth
 * of the cost); else chart.js updates its options and layout first.
 */
export function drawPanel(chart: PanelChart, panel: Panel, axes: PanelAxes, colors: ThemeColors, pinned?: Panel): void {
  const last = drawnWith.get(chart)!;
  const next = { panel, pinned, axes, colors, unit: last.unit };
  drawnWith.set(chart, next);
  if (last.colors === colors && sameScale(last.axes.x, axes.x) && sameScale(last.axes.y, axes.y)) {
    chart.draw();
    return;
  }
  if (last.colors !== colors || last.axes.x.log !== axes.x.log || last.axes.y.log !== axes.y.log)
    applyOptions(chart, next);
  chart.update("none");
}
