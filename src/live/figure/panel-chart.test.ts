import { describe, expect, it, vi } from "vitest";
import { LinearScale, LogarithmicScale } from "chart.js";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { line, panel, points, type Panel } from "@descent/numerics";
import { panelAxes } from "./axes";
import { createPanelChart, updatePanelChart } from "./chart-config";
import { fakeCanvas } from "./fake-canvas";
import { SvgPlot } from "./SvgPlot";
import type { ThemeColors } from "./theme-colors";

const colors = Object.fromEntries(
  ["fg", "muted", "border", "blue", "orange", "black", "green", "red", "purple", "gray"].map((k) => [k, "#123456"]),
) as ThemeColors;

const axesOf = (p: Panel) => {
  const result = panelAxes(p);
  if (!result.ok) throw new Error(result.reason);
  return result.axes;
};
/** The tick labels the static SVG of a panel prints, in order (x axis first). */
const svgTickLabels = (p: Panel) =>
  [
    ...renderToStaticMarkup(createElement(SvgPlot, { panel: p, axes: axesOf(p) })).matchAll(
      /class="fig-tick"[^>]*>([^<]*)</g,
    ),
  ].map((m) => m[1]);

const bowl = panel({
  x: "t",
  y: { label: "L", log: true },
  series: [line("flow", [0, 1, 2, 3], [1, 0.3, 0.05, 0.002]), points("GD", [0, 1, 2, 3], [1, 0.2, 0.04, 0.008])],
});

describe("the live chart of a panel", () => {
  it("shows the same ranges, ticks and tick labels as the build-time SVG", () => {
    const chart = createPanelChart(fakeCanvas(), bowl, axesOf(bowl), colors);
    const { x, y } = chart.scales as unknown as Record<
      "x" | "y",
      { min: number; max: number; ticks: { value: number; label: string }[] }
    >;
    const axes = axesOf(bowl);
    expect([x!.min, x!.max, y!.min, y!.max]).toEqual([axes.x.min, axes.x.max, axes.y.min, axes.y.max]);
    expect(x!.ticks.map((t) => t.value)).toEqual(axes.x.ticks);
    expect(y!.ticks.map((t) => t.value)).toEqual(axes.y.ticks);
    expect([...x!.ticks, ...y!.ticks].map((t) => t.label)).toEqual(svgTickLabels(bowl));
    chart.destroy();
  });

  it("draws the series in the SVG's order: the last one on top", () => {
    const chart = createPanelChart(fakeCanvas(), bowl, axesOf(bowl), colors);
    // chart.js draws the dataset of highest `order` first.
    const drawingOrder = [...chart.data.datasets].sort((a, b) => b.order! - a.order!).map((d) => d.label);
    const svg = renderToStaticMarkup(createElement(SvgPlot, { panel: bowl, axes: axesOf(bowl) }));
    expect(svg.indexOf("fig-line")).toBeLessThan(svg.indexOf("fig-point"));
    expect(drawingOrder).toEqual(["flow", "GD"]);
    chart.destroy();
  });

  it("keeps its canvas and follows a new range in place, without running chart.js's own tick generator", () => {
    const generators = [
      vi.spyOn(LinearScale.prototype, "buildTicks"),
      vi.spyOn(LogarithmicScale.prototype, "buildTicks"),
    ];
    const canvas = fakeCanvas();
    const chart = createPanelChart(canvas, bowl, axesOf(bowl), colors);
    const wide = panel({ x: "t", y: "θ", series: [line("v", [0, 1, 2], [0, 1, 1e300])] });
    updatePanelChart(chart, wide, axesOf(wide), colors, true);
    expect(chart.canvas).toBe(canvas);
    expect(chart.scales.y!.max).toBe(1e300);
    expect(chart.scales.y!.ticks.map((t) => t.value)).toEqual(axesOf(wide).y.ticks);
    for (const generator of generators) expect(generator).not.toHaveBeenCalled();
    chart.destroy();
  });
});
