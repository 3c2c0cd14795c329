import { describe, expect, it } from "vitest";
import { diagonalQuadratic, hillyTerrain, gradientDescent, quadratic } from "../src/index";

describe("quadratic and test functions", () => {
  it("decomposes a symmetric matrix into its eigenvalues (2 − √2, 2, 2 + √2)", () => {
    const q = quadratic([
      [2, -1, 0],
      [-1, 2, -1],
      [0, -1, 2],
    ]);
    expect(Array.from(q.eigenvalues).map((v) => +v.toFixed(12))).toEqual(
      [2 - Math.SQRT2, 2, 2 + Math.SQRT2].map((v) => +v.toFixed(12)),
    );
    expect(q.value([1, 1, 1])).toBe(0.5 * (2 + 2 + 2 - 2 - 2));
  });

  it("refuses a matrix that is not symmetric or not square, naming the entries", () => {
    expect(() =>
      quadratic([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(/A must be symmetric, received A\[0\]\[1\] = 2 but A\[1\]\[0\] = 3/);
    expect(() => quadratic([[1, 2], [3]])).toThrow(/row 1 should have 2 entries/);
    expect(() => quadratic(Number.NaN)).toThrow(/lambda must be finite, received NaN/);
  });

  it("builds a diagonal quadratic of any size", () => {
    const q = diagonalQuadratic([1, 2, 3]);
    expect(Array.from(q.grad([1, 1, 1]))).toEqual([1, 2, 3]);
    expect(q.value([1, 1, 1])).toBe(3);
  });

  it("has a hilly terrain where the start decides the valley: A finds the deep one, B the shallow one", () => {
    const terrain = hillyTerrain();
    const end = (x0: number) => gradientDescent(terrain, { x0, eta: 0.05, steps: 2000 }).x[2000]![0]!;
    const [deep, shallow] = [end(terrain.start.A), end(terrain.start.B)];
    // Both ends are roots of L′(w) = w³ − 2w + 0.3.
    for (const w of [deep, shallow]) expect(Math.abs(w ** 3 - 2 * w + 0.3)).toBeLessThan(1e-10);
    expect(deep).toBeLessThan(0);
    expect(shallow).toBeGreaterThan(0);
    expect(terrain.value([deep])).toBeLessThan(terrain.value([shallow]));
  });
});
