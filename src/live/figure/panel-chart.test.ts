import { describe, expect, it, vi } from "vitest";
import { LinearScale, LogarithmicScale } from "chart.js";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { line, panel, points, type Panel } from "@descent/numerics";
import { panelAxes } from "./axes";
import { fakeCanvas } from "../../../test/doubles/fake-canvas";
import { createPanelChart, drawPanel } from "./panel-chart";
import { PLOT_AREA } from "./plot-geometry";
import { SvgPlot } from "./SvgPlot";
import type { ThemeColors } from "./theme-colors";

// Each colour names itself, so a drawing call's colour says which mark made it.
const colors = Object.fromEntries(
  ["fg", "muted", "border", "levels", "blue", "orange", "black", "green", "red", "purple", "gray"].map((k) => [k, k]),
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
  series: [
    line("flow", [0, 1, 2, 3], [1, 0.3, 0.05, 0.002]),
    points("GD", [0, 1, 2, 3], [1, 0.2, 0.04, 0.008], { tone: "black" }),
  ],
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

  it("draws the marks in the SVG's order: the last one on top", () => {
    const canvas = fakeCanvas();
    const chart = createPanelChart(canvas, bowl, axesOf(bowl), colors);
    const marks = canvas.calls
      .filter(
        (c) => (c.name === "stroke" && c.strokeStyle === "blue") || (c.name === "fill" && c.fillStyle === "black"),
      )
      .map((c) => (c.name === "stroke" ? "flow" : "GD"));
    expect(marks).toEqual(["flow", "GD"]);
    const svg = renderToStaticMarkup(createElement(SvgPlot, { panel: bowl, axes: axesOf(bowl) }));
    expect(svg.indexOf('class="tone-blue"')).toBeLessThan(svg.indexOf('class="tone-black"'));
    chart.destroy();
  });

  it("redraws a new result with the same axes without chart.js's update (no option resolution, no layout)", () => {
    const chart = createPanelChart(fakeCanvas(), bowl, axesOf(bowl), colors);
    const update = vi.spyOn(chart, "update");
    const draw = vi.spyOn(chart, "draw");
    const moved = panel({ ...bowl, series: [line("flow", [0, 1, 2, 3], [1, 0.25, 0.04, 0.002]), bowl.series[1]!] });
    expect(axesOf(moved)).toEqual(axesOf(bowl));
    drawPanel(chart, moved, axesOf(moved), colors);
    expect(update).not.toHaveBeenCalled();
    expect(draw).toHaveBeenCalledTimes(1);
    const wider = panel({ ...bowl, series: [line("flow", [0, 1, 2, 30], [1, 0.25, 0.04, 0.002])] });
    drawPanel(chart, wider, axesOf(wider), colors);
    expect(update).toHaveBeenCalledTimes(1);
    expect(chart.scales.x!.max).toBe(axesOf(wider).x.max);
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
    drawPanel(chart, wide, axesOf(wide), colors);
    expect(chart.canvas).toBe(canvas);
    expect(chart.scales.y!.max).toBe(1e300);
    expect(chart.scales.y!.ticks.map((t: { value: number }) => t.value)).toEqual(axesOf(wide).y.ticks);
    for (const generator of generators) expect(generator).not.toHaveBeenCalled();
    chart.destroy();
  });
});

describe("a panel chart's plot area", () => {
  it("is the book's plot area whatever its tick labels, as in the SVG (a last x label 10000 widens nothing)", () => {
    const wide = panel({ x: "k", y: "L", series: [line("run", [0, 2500, 5000, 7500, 10000], [5, 4, 3, 2, 1])] });
    const chart = createPanelChart(fakeCanvas(), wide, axesOf(wide), colors);
    expect(axesOf(wide).x.labels.at(-1)).toBe("10000");
    const { left, right, top, bottom } = chart.chartArea;
    expect([left, right, top, bottom]).toEqual([
      PLOT_AREA.left,
      PLOT_AREA.left + PLOT_AREA.width,
      PLOT_AREA.top,
      PLOT_AREA.top + PLOT_AREA.height,
    ]);
    chart.destroy();
  });
});
