import { describe, expect, it } from "vitest";
import { line, panel } from "@descent/numerics";
import { fakeCanvas } from "../../../test/doubles/fake-canvas";
import { panelAxes } from "./axes";
import { createPanelChart, resizePanelChart } from "./panel-chart";
import { PLOT } from "./plot-geometry";
import { valueAtPixel } from "./plot-scale";
import type { ThemeColors } from "./theme-colors";

const colors = Object.fromEntries(
  ["fg", "muted", "border", "levels", "blue", "orange", "black", "green", "red", "purple", "gray"].map((k) => [k, k]),
) as ThemeColors;

const axesOf = (log: boolean) => {
  const p = panel({ x: "θ₁", y: { label: "L", log }, series: [line("GD", [-2, 3], [0.01, 100])] });
  const result = panelAxes(p);
  if (!result.ok) throw new Error(result.reason);
  return { p, axes: result.axes };
};

describe("the value under a pixel of a live plot", () => {
  it("is each axis's minimum and maximum at the plotting area's corners, on the book's margins", () => {
    const { axes } = axesOf(false);
    const [w, h] = [720, 480]; // twice the book's geometry: margins twice as wide
    const u = 2;
    const left = PLOT.margin.left * u;
    const bottom = h - PLOT.margin.bottom * u;
    const bottomLeft = valueAtPixel(axes, w, h, left, bottom)!;
    const topRight = valueAtPixel(axes, w, h, w - PLOT.margin.right * u, PLOT.margin.top * u)!;
    expect(bottomLeft.x).toBeCloseTo(axes.x.min, 12);
    expect(bottomLeft.y).toBeCloseTo(axes.y.min, 12);
    expect(topRight.x).toBeCloseTo(axes.x.max, 12);
    expect(topRight.y).toBeCloseTo(axes.y.max, 12);
    expect(valueAtPixel(axes, w, h, left - 1, bottom)).toBeUndefined();
    expect(valueAtPixel(axes, w, h, left, bottom + 1)).toBeUndefined();
  });

  it("halfway up a log axis is the geometric mean of its ends", () => {
    const { axes } = axesOf(true);
    const [w, h] = [360, 240];
    const middle = (PLOT.margin.top + h - PLOT.margin.bottom) / 2;
    const { y } = valueAtPixel(axes, w, h, 100, middle)!;
    expect(y).toBeCloseTo(Math.sqrt(axes.y.min * axes.y.max), 9);
  });

  it("agrees with chart.js's own scales on the chart it draws, on both kinds of axis", () => {
    for (const log of [false, true]) {
      const { p, axes } = axesOf(log);
      const canvas = fakeCanvas(540, 360);
      const chart = createPanelChart(canvas as unknown as OffscreenCanvas, p, axes, colors, undefined, {
        width: 540,
        height: 360,
        pixelRatio: 1,
      });
      for (const [px, py] of [
        [120, 60],
        [300, 200],
        [500, 320],
      ] as const) {
        const mine = valueAtPixel(axes, 540, 360, px, py)!;
        expect(mine.x).toBeCloseTo(chart.scales.x!.getValueForPixel(px)!, 9);
        expect(mine.y / chart.scales.y!.getValueForPixel(py)!).toBeCloseTo(1, 9);
      }
      // Resized (a wider box, a denser screen): the canvas takes the device's pixels, the geometry follows.
      resizePanelChart(chart, { width: 720, height: 480, pixelRatio: 2 });
      expect([canvas.width, canvas.height]).toEqual([1440, 960]);
      const mine = valueAtPixel(axes, 720, 480, 600, 400)!;
      expect(mine.x).toBeCloseTo(chart.scales.x!.getValueForPixel(600)!, 9);
      expect(mine.y / chart.scales.y!.getValueForPixel(400)!).toBeCloseTo(1, 9);
      chart.destroy();
    }
  });
});
