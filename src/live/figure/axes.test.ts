import { describe, expect, it } from "vitest";
import { panel, line, type Panel } from "@descent/numerics";
import { axisScale, LARGEST_DRAWABLE, linearTicks, logTicks, panelAxes, tickLabel } from "./axes";

const onePanel = (x: number[], y: number[], axes: { xLog?: boolean; yLog?: boolean } = {}): Panel =>
  panel({ x: { label: "x", log: axes.xLog }, y: { label: "y", log: axes.yLog }, series: [line("s", x, y)] });

describe("the axes of a panel", () => {
  it("span the data exactly, with ticks 1, 2 or 5 times a power of ten apart", () => {
    const axes = panelAxes(onePanel([0, 5], [-0.3, 1.2]));
    expect(axes.ok).toBe(true);
    if (!axes.ok) return;
    expect([axes.axes.x.min, axes.axes.x.max]).toEqual([0, 5]);
    expect(axes.axes.x.ticks).toEqual([0, 1, 2, 3, 4, 5]);
    expect(axes.axes.x.labels).toEqual(["0", "1", "2", "3", "4", "5"]);
    expect([axes.axes.y.min, axes.axes.y.max]).toEqual([-0.3, 1.2]);
    // (1.2 − (−0.3))/5 = 0.3 → step 0.5: −0, 0.5, 1 (−0.5 and 1.5 fall outside).
    expect(axes.axes.y.ticks).toEqual([0, 0.5, 1]);
    expect(axes.axes.y.labels).toEqual(["0", "0.5", "1.0"]);
  });

  it("label evenly spaced ticks with the step's decimals and no floating-point noise", () => {
    // (0.3 − 0)/5 = 0.06 rounds up to a step of 0.1.
    expect(linearTicks(0, 0.3).labels).toEqual(["0", "0.1", "0.2", "0.3"]);
    expect(linearTicks(0, 0.12).labels).toEqual(["0", "0.05", "0.10"]);
    expect(linearTicks(0.1, 0.7, 6).values.map((v) => Number(v.toFixed(12)))).toEqual([
      0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7,
    ]);
    expect(linearTicks(0, 360).labels).toEqual(["0", "100", "200", "300"]);
    expect(linearTicks(0, 2e6).labels).toEqual(["0", "5e5", "1e6", "1.5e6", "2e6"]);
  });

  it("put powers of ten on a log axis, and 2× and 5× within a decade or two, labelled without trailing zeros", () => {
    expect(logTicks(0.001, 10).values).toEqual([0.001, 0.01, 0.1, 1, 10]);
    expect(logTicks(0.001, 10).labels).toEqual(["0.001", "0.01", "0.1", "1", "10"]);
    // Thirteen decades: every third power of ten.
    expect(logTicks(1e-12, 1).labels).toEqual(["1e-12", "1e-9", "1e-6", "0.001", "1"]);
    expect(logTicks(0.05, 0.5).labels).toEqual(["0.05", "0.1", "0.2", "0.5"]);
    expect(logTicks(2, 8).values.length).toBeGreaterThanOrEqual(2);
  });

  it("open a single value around itself, relative to its size", () => {
    const at = (v: number) => axisScale(onePanel([0, 1], [v, v]), "y");
    expect(at(0)).toMatchObject({ min: -1, max: 1 });
    expect(at(2)).toMatchObject({ min: 1.9, max: 2.1 });
    expect(at(1e300)).toMatchObject({ min: 0.95e300, max: 1.05e300 });
  });

  it("honour the axis's own min and max, and say why a wrong one cannot be drawn", () => {
    const p = panel({ x: { label: "x", min: 0, max: 10 }, y: "y", series: [line("s", [2, 3], [0, 1])] });
    expect(axisScale(p, "x")).toMatchObject({ min: 0, max: 10 });
    // panel(…) refuses this already; the axes are total all the same.
    const upsideDown = { x: { label: "x", min: 3, max: 1 }, y: { label: "y" }, series: [] };
    expect(axisScale(upsideDown, "x")).toMatch(/min \(3\) is above its max \(1\)/);
  });

  it("refuse values too large to draw on a linear axis, naming them (the value that froze chart.js)", () => {
    expect(axisScale(onePanel([0, 1, 2], [0, 1, 1.7e308]), "y")).toMatch(/reach 1\.7e\+308, too large to draw/);
    expect(axisScale(onePanel([0, 1, 2], [1, 1e308, -1e308]), "y")).toMatch(/too large to draw/);
    expect(axisScale(onePanel([0, 1], [0, LARGEST_DRAWABLE]), "y")).toMatchObject({ max: LARGEST_DRAWABLE });
    // A log axis draws any positive double.
    expect(axisScale(onePanel([0, 1], [1e-300, 1.7e308], { yLog: true }), "y")).toMatchObject({ log: true });
  });

  it("are total over finite doubles: every range gives a few finite ticks or a reason, at once", () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const extremes = [
      0,
      5e-324,
      -5e-324,
      1e-308,
      1,
      -1,
      1 + 2 ** -52,
      1e300,
      -1e300,
      1.7e308,
      -1.7e308,
      Number.MAX_VALUE,
    ];
    const values = [...extremes, ...Array.from({ length: 400 }, () => (random() - 0.5) * 10 ** (random() * 600 - 300))];
    const started = performance.now();
    for (let i = 0; i < values.length; i++) {
      for (const log of [false, true]) {
        const a = values[i]!;
        const b = values[(i * 7 + 3) % values.length]!;
        const result = axisScale(onePanel([0, 1], [a, b], { yLog: log }), "y");
        if (typeof result === "string") continue;
        expect(result.ticks.length).toBeGreaterThanOrEqual(1);
        expect(result.ticks.length).toBeLessThanOrEqual(24);
        expect(result.ticks.every(Number.isFinite), `${a}, ${b}`).toBe(true);
        expect(result.min <= result.max && Number.isFinite(result.max - result.min), `${a}, ${b}`).toBe(true);
        expect(new Set(result.labels).size).toBe(result.labels.length);
      }
    }
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("write tick labels short: 0.001, 20, 2.5e-5, 1e6", () => {
    expect([0.001, 20, 2.5e-5, 1e6, 0, -0.5].map((v) => tickLabel(v))).toEqual([
      "0.001",
      "20",
      "2.5e-5",
      "1e6",
      "0",
      "-0.5",
    ]);
  });
});

describe("equal scales", () => {
  it("give a unit the same length on both axes, widening the shorter range about its middle", async () => {
    const { PLOT_AREA } = await import("./plot-geometry");
    const p = panel({ x: "x", y: "y", series: [line("s", [-1, 1], [-1, 1])], equalAxes: true });
    const axes = panelAxes(p);
    if (!axes.ok) throw new Error(axes.reason);
    const { x, y } = axes.axes;
    expect((x.max - x.min) / PLOT_AREA.width).toBeCloseTo((y.max - y.min) / PLOT_AREA.height, 12);
    expect([y.min, y.max]).toEqual([-1, 1]); // the plot is wider than tall: x is widened
    expect(x.min + x.max).toBeCloseTo(0, 12);
    expect(x.max).toBeCloseTo(PLOT_AREA.width / PLOT_AREA.height, 12);
  });
});
