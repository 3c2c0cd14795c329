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
  type ScriptableContext,
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

Chart.register(ScatterController, LineElement, PointElement, BookLinearScale, BookLogScale, Tooltip);

export type XY = { x: number; y: number };
export type PanelChart = Chart<"scatter", XY[]>;
type Dataset = ChartDataset<"scatter", XY[]>;

/** The canvas's scale against the book's geometry (PLOT.width units across). */
const unit = (chart: Chart) => chart.width / PLOT.width;
const plainText = (label: string) =>
  labelParts(label)
    .map((p) => p.text)
    .join("");

function dataset(
  series: Series,
  index: number,
  count: number,
  colors: ThemeColors,
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
    borderWidth: (ctx: ScriptableContext<"scatter">) => (line ? PLOT.lineWidth : 1) * unit(ctx.chart),
    borderDash: series.dashed ? [...PLOT.dash] : [],
    pointRadius: (ctx: ScriptableContext<"scatter">) => (line ? 0 : PLOT.pointRadius * unit(ctx.chart)),
    pointHoverRadius: line ? 3 : 6,
  }) as Dataset;
}

function scaleOptions(axis: "x" | "y", log: boolean, colors: ThemeColors) {
  const margin = axis === "x" ? PLOT.margin.bottom : PLOT.margin.left;
  return {
    type: log ? "book-log" : "book-linear",
    // The plot's margins are the book's, whatever the tick labels' widths.
    afterFit: (s: Scale) => {
      if (axis === "x") s.height = margin * unit(s.chart);
      else s.width = margin * unit(s.chart);
    },
    ticks: {
      color: colors.muted,
      autoSkip: false,
      maxRotation: 0,
      padding: 0,
      callback(this: Scale, _value: unknown, index: number) {
        return axesOf(this).labels[index] ?? "";
      },
      font: (ctx: { chart: Chart }) => ({ size: PLOT.tickFont * unit(ctx.chart) }),
    },
    grid: { color: colors.border, drawTicks: true, tickLength: PLOT.tickGap, tickColor: "transparent" },
    border: { color: colors.muted },
  };
}

/** The options of a panel's chart: its kinds of axes and its colours (ranges and ticks come from `panelAxes`). */
function chartOptions(axes: PanelAxes, colors: ThemeColors): ChartConfiguration<"scatter", XY[]>["options"] {
  return {
    animation: false,
    parsing: false,
    normalized: true,
    responsive: true,
    maintainAspectRatio: false,
    layout: {
      padding: (ctx: { chart: Chart }) => ({
        top: PLOT.margin.top * unit(ctx.chart),
        right: PLOT.margin.right * unit(ctx.chart),
      }),
    },
    scales: { x: scaleOptions("x", axes.x.log, colors), y: scaleOptions("y", axes.y.log, colors) } as never,
    plugins: { legend: { display: false }, title: { display: false }, tooltip: { enabled: true } },
  };
}

/** A new chart of `panel` on `canvas`. */
export function createPanelChart(
  canvas: HTMLCanvasElement,
  panel: Panel,
  axes: PanelAxes,
  colors: ThemeColors,
): PanelChart {
  const count = panel.series.length;
  const config: ChartConfiguration<"scatter", XY[]> = {
    type: "scatter",
    data: { datasets: panel.series.map((s, i) => dataset(s, i, count, colors)) },
    options: chartOptions(axes, colors),
    plugins: [{ id: "book-axes", beforeInit: (chart) => void chartAxes.set(chart, axes) }],
  };
  return new Chart(canvas, config);
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
  const datasets = chart.data.datasets;
  const count = panel.series.length;
  panel.series.forEach((s, i) => (datasets[i] = dataset(s, i, count, colors, datasets[i])));
  datasets.length = count;
  if (optionsChanged) {
    const fresh = chartOptions(axes, colors)!;
    chart.options.scales = fresh.scales;
  }
  chart.update("none");
}
