import { describe, expect, it } from "vitest";
import {
  gradientDescent,
  gradientFlow,
  largestHessianEigenvalue,
  objective,
  observedOrder,
  quadratic,
  rosenbrock,
  stableStepBound,
  trajectoryDistance,
} from "../src/index";

describe("analysis", () => {
  it("finds the largest Hessian eigenvalue by power iteration", () => {
    // [[2, −1, 0], [−1, 2, −1], [0, −1, 2]] has eigenvalues 2 − √2, 2, 2 + √2.
    const a = quadratic([
      [2, -1, 0],
      [-1, 2, -1],
      [0, -1, 2],
    ]);
    expect(largestHessianEigenvalue(a, [0, 0, 0])).toBeCloseTo(2 + Math.SQRT2, 9);
    expect(stableStepBound(a, [0, 0, 0])).toBeCloseTo(2 / (2 + Math.SQRT2), 9);
    // Rosenbrock at (1, 1): H = [[802, −400], [−400, 200]], λmax = 501 + √(301² + 400²).
    expect(largestHessianEigenvalue(rosenbrock(), [1, 1])).toBeCloseTo(501 + Math.hypot(301, 400), 6);
  });

  it("finds the largest eigenvalue when the dominant one is negative", () => {
    expect(
      largestHessianEigenvalue(
        quadratic([
          [-1, 0],
          [0, -3],
        ]),
        [0, 0],
      ),
    ).toBeCloseTo(-1, 9);
    expect(
      stableStepBound(
        quadratic([
          [-1, 0],
          [0, -3],
        ]),
        [0, 0],
      ),
    ).toBe(Infinity);
  });

  it("measures the distance between GD and gradient flow at matching times", () => {
    const gd = gradientDescent(quadratic(1), { x0: 1, eta: 0.5, steps: 4 });
    const gf = gradientFlow(quadratic(1), { x0: 1, times: gd.t });
    const { distance, max } = trajectoryDistance(gd, gf);
    expect(distance[2]).toBeCloseTo(Math.abs(0.25 - Math.exp(-1)), 15);
    expect(max).toBeCloseTo(Math.max(...[1, 2, 3, 4].map((k) => Math.abs(0.5 ** k - Math.exp(-k / 2)))), 15);
  });

  it("reads the order of a method from errors C·hᵖ", () => {
    expect(observedOrder([0.1, 0.01, 0.001], [3e-2, 3e-4, 3e-6])).toBeCloseTo(2, 12);
    expect(() => observedOrder([0.1], [1])).toThrow(RangeError);
  });

  it("derives a missing gradient and Hessian-vector product to 1e-7 relative", () => {
    const f = objective({ dim: 2, value: ([x, y]) => Math.sin(x!) * Math.cos(y!) + x! ** 3 });
    const p = [0.7, -1.1];
    const g = f.grad(p);
    const wantG = [Math.cos(0.7) * Math.cos(-1.1) + 3 * 0.49, -Math.sin(0.7) * Math.sin(-1.1)];
    wantG.forEach((w, i) => expect(Math.abs(g[i]! - w) / Math.abs(w)).toBeLessThan(1e-7));
    const withGrad = objective({
      dim: 2,
      value: ([x, y]) => Math.sin(x!) * Math.cos(y!) + x! ** 3,
      grad: ([x, y]) => [Math.cos(x!) * Math.cos(y!) + 3 * x! ** 2, -Math.sin(x!) * Math.sin(y!)],
    });
    const v = [0.3, 0.8];
    const hxx = -Math.sin(0.7) * Math.cos(-1.1) + 6 * 0.7;
    const hxy = -Math.cos(0.7) * Math.sin(-1.1);
    const hyy = -Math.sin(0.7) * Math.cos(-1.1);
    const wantHv = [hxx * 0.3 + hxy * 0.8, hxy * 0.3 + hyy * 0.8];
    for (const obj of [withGrad, f]) {
      const hv = obj.hvp(p, v);
      const tolerance = obj === withGrad ? 1e-7 : 1e-5; // differences of differences lose digits
      wantHv.forEach((w, i) => expect(Math.abs(hv[i]! - w) / Math.abs(w)).toBeLessThan(tolerance));
    }
  });
});
