import { describe, expect, it } from "vitest";
import { checkFigure, curve, figure, line, panel, points } from "../src/index";

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
});
