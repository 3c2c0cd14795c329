import { describe, expect, it } from "vitest";
import { checkFigure, curve, figure, histogram, line, panel, points, randomGenerator } from "../src/index";

describe("figure data", () => {
  it("is plain data that survives JSON", () => {
    const fig = figure({
      panels: [
        panel({
          x: "t",
          y: { label: "θ", log: true },
          series: [line("GF", new Float64Array([0, 1]), [1, 0.5]), points("GD", [0, 1], [1, 0.4], { tone: "black" })],
        }),
      ],
    });
    expect(JSON.parse(JSON.stringify(fig))).toEqual(fig);
    expect(checkFigure(fig)).toBeUndefined();
  });

  it("samples a curve on an interval", () => {
    const s = curve("x²", (x) => x * x, [-1, 1], { samples: 4 });
    expect(s.x).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(s.y).toEqual([1, 0.25, 0, 0.25, 1]);
  });

  it("names the first value it cannot draw", () => {
    const bad = {
      type: "figure",
      panels: [{ x: { label: "t" }, y: { label: "θ" }, series: [line("GD", [0, 1, 2], [1, Number.NaN, 2])] }],
    };
    expect(checkFigure(bad)).toMatch(/panels\[0\]\.series\[0\]\.y\[1\] \("GD"\) is NaN/);
    expect(
      checkFigure({
        type: "figure",
        panels: [{ x: { label: "t" }, y: { label: "e", log: true }, series: [line("e", [1], [0])] }],
      }),
    ).toMatch(/logarithmic/);
    expect(checkFigure(42)).toMatch(/default export must be figure data/);
    expect(() => figure({ panels: [] })).toThrow(/non-empty/);
  });

  it("counts a histogram's samples as a density: each bar the fraction in its bin over the bin's width", () => {
    // Ten samples, 0.05, 0.15, …, 0.95: one in each tenth of [0, 1], so the density is 1 everywhere.
    const even = histogram(
      "u",
      Array.from({ length: 10 }, (_, i) => 0.05 + i / 10),
      { bins: 5, range: [0, 1] },
    );
    expect(even.binWidth).toBeCloseTo(0.2, 15);
    even.x.forEach((centre, i) => expect(centre).toBeCloseTo(0.1 + 0.2 * i, 15));
    even.y.forEach((height) => expect(height).toBeCloseTo(1, 15));
    // Samples outside the range count in the total but in no bar: the bars' area is the share inside.
    const half = histogram("h", [0.1, 0.2, 5, 6], { bins: 2, range: [0, 1] });
    expect(half.y.reduce((s, h) => s + h * half.binWidth!, 0)).toBeCloseTo(0.5, 15);
    // The right end of the range is in the last bin.
    expect(histogram("end", [1], { bins: 4, range: [0, 1] }).y).toEqual([0, 0, 0, 4]);
  });

  it("makes a histogram of normal samples whose bars follow the normal density", () => {
    const random = randomGenerator(3);
    const samples = Array.from({ length: 200_000 }, () => random.normal());
    const h = histogram("z", samples, { bins: 40, range: [-4, 4] });
    const density = (z: number) => Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
    // Each bar is the density's mean over its bin, within sampling error (≈ 4 % near the centre).
    h.x.forEach((c, i) => {
      const mean = (density(c - 0.1) + 4 * density(c) + density(c + 0.1)) / 6; // Simpson over the bin
      expect(Math.abs(h.y[i]! - mean)).toBeLessThan(0.012);
    });
    expect(checkFigure(figure({ panels: [panel({ x: "z", y: "density", series: [h] })] }))).toBeUndefined();
  });

  it("refuses a histogram without a positive bin width, or with negative heights", () => {
    const fig = (series: unknown) => ({
      type: "figure",
      panels: [{ x: { label: "x" }, y: { label: "y" }, series: [series] }],
    });
    expect(checkFigure(fig({ type: "histogram", label: "h", x: [0], y: [1] }))).toMatch(/bin width/);
    expect(checkFigure(fig({ type: "histogram", label: "h", x: [0], y: [-1], binWidth: 1 }))).toMatch(/≥ 0/);
    expect(() => histogram("h", [1, 2], { bins: 0 })).toThrow(/bins/);
  });
});
