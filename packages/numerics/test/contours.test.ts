import { describe, expect, it } from "vitest";
import { contours, figure, checkFigure, levelsFor, panel, quadratic } from "../src/index";

/** Every point of every level curve, with its level. */
const points = (levels: ReturnType<typeof contours>) =>
  levels.lines.flatMap((l) => l.x.map((x, i) => ({ level: l.level, x, y: l.y[i]! })));

describe("contours", () => {
  it("traces the circles of ‖x‖² = c, radius √c, to within the grid's resolution", () => {
    const grid = 101;
    const h = 4 / (grid - 1);
    const levels = contours((x, y) => x * x + y * y, { x: [-2, 2], y: [-2, 2], grid, levels: [0.25, 1, 2.25] });
    expect(levels.levels).toEqual([0.25, 1, 2.25]);
    const all = points(levels);
    expect(all.length).toBeGreaterThan(100);
    for (const { level, x, y } of all) {
      // Linear interpolation along a grid edge of a convex curve: off by at most h²/(8r) or so.
      expect(Math.abs(Math.hypot(x, y) - Math.sqrt(level))).toBeLessThan((h * h) / Math.sqrt(level));
    }
    // Each circle is traced all the way round: points in every quadrant, at every level.
    for (const c of [0.25, 1, 2.25]) {
      const onIt = all.filter((p) => p.level === c);
      const quadrants = new Set(onIt.map((p) => `${p.x >= 0}${p.y >= 0}`));
      expect(quadrants.size, `c = ${c}`).toBe(4);
    }
  });

  it("traces the ellipses of ½xᵀAx = c of a quadratic (A with eigenvalues 1 and 10)", () => {
    const A = [
      [5.5, 4.5],
      [4.5, 5.5],
    ];
    const loss = quadratic(A);
    const grid = 201;
    const levels = contours(loss, { x: [-1.5, 1.5], y: [-1.5, 1.5], grid, levels: [0.1, 0.5] });
    const h = 3 / (grid - 1);
    for (const { level, x, y } of points(levels)) {
      // Along the eigenvectors (1, 1)/√2 (λ = 10) and (1, −1)/√2 (λ = 1): ½(10p² + q²) = c.
      const p = (x + y) / Math.SQRT2;
      const q = (x - y) / Math.SQRT2;
      const value = 0.5 * (10 * p * p + q * q);
      // |∇(½xᵀAx)| ≥ λ_min r on the curve, so a point within δ of the curve has |value − c| ≲ λ_max r δ.
      expect(Math.abs(value - level) / level).toBeLessThan(10 * h);
    }
  });

  it("leaves out the frame of the sampled rectangle: a curve it cuts comes in pieces, all inside", () => {
    const levels = contours((x, y) => x * x + y * y, { x: [0, 2], y: [0, 2], levels: [1] });
    for (const { x, y } of points(levels)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(Math.abs(Math.hypot(x, y) - 1)).toBeLessThan(0.01);
    }
  });

  it("spaces its default levels logarithmically above the minimum, so the floor of a valley shows", () => {
    // m = 0, q = the 95th percentile; levels 10^−3 q … q.
    const values = Float64Array.from({ length: 101 }, (_, i) => i);
    const levels = levelsFor(values, 4);
    expect(levels.map((c) => Number(c.toPrecision(6)))).toEqual([0.095, 0.95, 9.5, 95]);
    // The documented example; samples that are not finite are left out.
    const example = levelsFor(Float64Array.of(0, 1, 4, NaN, 9, Infinity, 16), 3);
    expect(example.map((c) => Number(c.toPrecision(4)))).toEqual([0.009, 0.2846, 9]);
    const valley = contours((x, y) => 100 * x * x + y * y, { x: [-1, 1], y: [-1, 1] });
    expect(valley.levels).toHaveLength(12);
    expect(valley.levels[0]! / valley.levels.at(-1)!).toBeLessThan(0.01);
  });

  it("is figure data a panel draws, plain and serialisable, checked like the rest", () => {
    const levels = contours((x, y) => x * x + y * y, { x: [-1, 1], y: [-1, 1], shade: true });
    const fig = figure({ panels: [panel({ x: "x", y: "y", series: [], levels, equalAxes: true })] });
    expect(JSON.parse(JSON.stringify(fig))).toEqual(fig);
    expect(levels.regions!.length).toBeGreaterThan(0);
    const broken = {
      ...fig,
      panels: [{ ...fig.panels[0]!, levels: { ...levels, lines: [{ level: 1, x: [0, NaN], y: [0, 1] }] } }],
    };
    expect(checkFigure(broken)).toMatch(/levels\.lines\[0\] holds a value that is not a finite number/);
  });

  it("says what is wrong with its arguments", () => {
    expect(() => contours(quadratic(1), { x: [0, 1], y: [0, 1] })).toThrow(
      /two variables, received one of dimension 1/,
    );
    expect(() => contours((x) => x, { x: [1, 0], y: [0, 1] })).toThrow(/x must go from a smaller number/);
    expect(() => contours((x) => x, { x: [0, 1], y: [0, 1], grid: 5 })).toThrow(/at least 10 samples/);
  });
});
