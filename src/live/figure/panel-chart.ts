import {
  Chart,
  LinearScale,
  LineElement,
  LogarithmicScale,
  PointElement,
  ScatterController,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
  type Scale,
} from "chart.js";
import type { Panel, Series } from "@descent/numerics";
import type { AxisScale, PanelAxes } from "./axes";
import { labelParts } from "./label-text";
import { PLOT } from "./plot-geometry";
import type { ThemeColors } from "./theme-colors";

/**
 * chart.js drawing a panel in the book's geometry, with the axes of `panelAxes` (the ones the SVG
 * draws): chart.js never computes ticks or ranges of its own.
 */

/** The axes each chart draws, set before every update. */
const chartAxes = new WeakMap<Chart, PanelAxes>();
const axesOf = (scale: Scale): AxisScale => chartAxes.get(scale.chart)![scale.axis as "x" | "y"];

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

/**
 * The panel's level sets (`panel.levels`), drawn under the series as the SVG draws them: shaded
 * regions, then the level curves, clipped to the plot.
 */
const bookLevels = {
  id: "book-levels",
  beforeDatasetsDraw(chart: Chart) {
    const drawn = drawnWith.get(chart);
    const levels = drawn?.panel.levels;
    if (!drawn || !levels) return;
    const { ctx, chartArea: area, scales } = chart;
    const x = scales.x!;
    const y = scales.y!;
    const trace = (xs: number[], ys: number[], close: boolean) => {
      ctx.beginPath();
      for (let k = 0; k < xs.length; k++) {
        const px = x.getPixelForValue(xs[k]!);
        const py = y.getPixelForValue(ys[k]!);
        if (k === 0) ctx.moveTo(px, py);
        else ctx.lineTo(px, py);
      }
      if (close) ctx.closePath();
    };
    ctx.save();
    ctx.beginPath();
    ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
    ctx.clip();
    ctx.fillStyle = drawn.colors.levels;
    ctx.globalAlpha = 0.07;
    for (const r of levels.regions ?? []) {
      trace(r.x, r.y, true);
      ctx.fill();
    }
    ctx.globalAlpha = 1;
    ctx.strokeStyle = drawn.colors.levels;
    ctx.lineWidth = drawn.unit;
    for (const l of levels.lines) {
      trace(l.x, l.y, false);
      ctx.stroke();
    }
    ctx.restore();
  },
};

Chart.register(ScatterController, LineElement, PointElement, BookLinearScale, BookLogScale, Tooltip, bookLevels);

export type XY = { x: number; y: number };
export type PanelChart = Chart<"scatter", XY[]>;
type Dataset = ChartDataset<"scatter", XY[]>;

/**
 * The canvas's scale against the book's geometry (PLOT.width units across). Sizes in the options are
 * plain numbers for that scale (not scriptable: chart.js would call a function per point and per
 * draw), set again when the canvas is resized.
 */
const unitOf = (width: number) => Math.max(0.25, width / PLOT.width);
const plainText = (label: string) =>
  labelParts(label)
    .map((p) => p.text)
    .join("");

function dataset(
  series: Series,
  index: number,
  count: number,
  colors: ThemeColors,
  unit: number,
  into: Partial<Dataset> = {},
): Dataset {
  const color = colors[series.tone ?? "blue"];
  const data: XY[] = new Array(series.x.length);
  for (let k = 0; k < data.length; k++) data[k] = { x: series.x[k]!, y: series.y[k]! };
  const line = series.type === "line";
  return Object.assign(into, {
    label: plainText(series.label),
    data,
    // chart.js draws the lowest `order` last (on top): the last series on top, as in the SVG.
    order: count - index,
    showLine: line,
    borderColor: color,
    backgroundColor: color,
    borderWidth: (line ? PLOT.lineWidth : 1) * unit,
    borderDash: series.dashed ? [...PLOT.dash] : [],
    pointRadius: line ? 0 : PLOT.pointRadius * unit,
    pointHoverRadius: line ? 3 : 6,
    // Dots on the plot's edge are drawn whole, as in the SVG.
    clip: PLOT.pointRadius * unit,
  }) as Dataset;
}

function scaleOptions(axis: "x" | "y", log: boolean, colors: ThemeColors, unit: number) {
  const margin = (axis === "x" ? PLOT.margin.bottom : PLOT.margin.left) * unit;
  return {
    type: log ? "book-log" : "book-linear",
    // The plot's margins are the book's, whatever the tick labels' widths.
    afterFit: (s: Scale) => {
      if (axis === "x") s.height = margin;
      else s.width = margin;
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

/** A panel chart's options: its kinds of axes, its colours, its size (ranges and ticks come from `panelAxes`). */
function chartOptions(
  axes: PanelAxes,
  colors: ThemeColors,
  unit: number,
): ChartConfiguration<"scatter", XY[]>["options"] {
  return {
    animation: false,
    parsing: false,
    normalized: true,
    responsive: true,
    maintainAspectRatio: false,
    layout: { padding: { top: PLOT.margin.top * unit, right: PLOT.margin.right * unit } },
    scales: {
      x: scaleOptions("x", axes.x.log, colors, unit),
      y: scaleOptions("y", axes.y.log, colors, unit),
    } as never,
    plugins: { legend: { display: false }, title: { display: false }, tooltip: { enabled: true } },
    onResize: (chart, size) => resize(chart as PanelChart, size.width),
  };
}

/** What each chart was last drawn with, to redraw it at a new size. */
const drawnWith = new WeakMap<Chart, { panel: Panel; colors: ThemeColors; unit: number }>();

function resize(chart: PanelChart, width: number): void {
  const last = drawnWith.get(chart);
  const unit = unitOf(width);
  if (!last || Math.abs(unit - last.unit) < 1e-3) return;
  drawnWith.set(chart, { ...last, unit });
  applyOptions(chart, chartAxes.get(chart)!, last.colors, unit);
  const count = last.panel.series.length;
  last.panel.series.forEach((s, i) => dataset(s, i, count, last.colors, unit, chart.data.datasets[i]));
  // chart.js redraws after this callback, with these options.
}

function applyOptions(chart: PanelChart, axes: PanelAxes, colors: ThemeColors, unit: number): void {
  const fresh = chartOptions(axes, colors, unit)!;
  chart.options.scales = fresh.scales;
  chart.options.layout = fresh.layout;
}

/** A new chart of `panel` on `canvas`, sized for the width of the canvas's box. */
export function createPanelChart(
  canvas: HTMLCanvasElement,
  panel: Panel,
  axes: PanelAxes,
  colors: ThemeColors,
): PanelChart {
  const unit = unitOf(canvas.parentElement?.clientWidth || PLOT.width);
  const count = panel.series.length;
  const config: ChartConfiguration<"scatter", XY[]> = {
    type: "scatter",
    data: { datasets: panel.series.map((s, i) => dataset(s, i, count, colors, unit)) },
    options: chartOptions(axes, colors, unit),
    plugins: [{ id: "book-axes", beforeInit: (chart) => void chartAxes.set(chart, axes) }],
  };
  const chart = new Chart(canvas, config);
  drawnWith.set(chart, { panel, colors, unit });
  // The estimate from the box's width against chart.js's own, which later resizes compare with.
  if (Math.abs(unitOf(chart.width) - unit) >= 1e-3) {
    resize(chart, chart.width);
    chart.update("none");
  }
  return chart;
}

/** What of a panel lives in its chart's options: the kind of each axis, and the colours. */
export const optionsKey = (axes: PanelAxes, colors: ThemeColors) => JSON.stringify([axes.x.log, axes.y.log, colors]);

/**
 * Redraws a chart in place from a panel (the chart and its canvas live on). Options are replaced
 * only when `optionsChanged` (see `optionsKey`): chart.js re-resolves every option when they are.
 */
export function updatePanelChart(
  chart: PanelChart,
  panel: Panel,
  axes: PanelAxes,
  colors: ThemeColors,
  optionsChanged: boolean,
): void {
  chartAxes.set(chart, axes);
  const unit = drawnWith.get(chart)?.unit ?? unitOf(chart.width);
  drawnWith.set(chart, { panel, colors, unit });
  const datasets = chart.data.datasets;
  const count = panel.series.length;
  panel.series.forEach((s, i) => (datasets[i] = dataset(s, i, count, colors, unit, datasets[i])));
  datasets.length = count;
  if (optionsChanged) applyOptions(chart, axes, colors, unit);
  chart.update("none");
}
