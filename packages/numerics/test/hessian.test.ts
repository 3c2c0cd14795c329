import { describe, expect, it } from "vitest";
import {
  gradientDescent,
  hessianEigenvalues,
  largestHessianEigenvalue,
  objective,
  quadratic,
  sharpnessAlong,
} from "../src/index";
import { symmetricEigenvalues } from "../src/linear-algebra";

/** ½(ab − 1)², whose Hessian [[b², 2ab − 1], [2ab − 1, a²]] has eigenvalues m ± r. */
const valley = objective({
  dim: 2,
  value: ([a, b]) => 0.5 * (a! * b! - 1) ** 2,
  grad: ([a, b]) => [(a! * b! - 1) * b!, (a! * b! - 1) * a!],
  hvp: ([a, b], [u, v]) => [b! * b! * u! + (2 * a! * b! - 1) * v!, (2 * a! * b! - 1) * u! + a! * a! * v!],
});
const valleyEigenvalues = (a: number, b: number) => {
  const m = (a * a + b * b) / 2;
  const r = Math.hypot((b * b - a * a) / 2, 2 * a * b - 1);
  return [m - r, m + r];
};

describe("the Hessian's eigenvalues", () => {
  it("are 2 − √2, 2, 2 + √2 for the matrix [[2, −1, 0], [−1, 2, −1], [0, −1, 2]]", () => {
    const q = quadratic([
      [2, -1, 0],
      [-1, 2, -1],
      [0, -1, 2],
    ]);
    const values = hessianEigenvalues(q, [0.3, -1, 2]);
    [2 - Math.SQRT2, 2, 2 + Math.SQRT2].forEach((v, i) => expect(values[i]).toBeCloseTo(v, 13));
    expect(Array.from(symmetricEigenvalues(Float64Array.of(2, 1, 1, 2), 2))).toEqual(
      [1, 3].map((v) => expect.closeTo(v, 15)),
    );
  });

  it("include both of ±2, where power iteration finds neither on its own; largestHessianEigenvalue now gives 2", () => {
    const saddle = quadratic([
      [2, 0],
      [0, -2],
    ]);
    expect(Array.from(hessianEigenvalues(saddle, [0, 0]))).toEqual([-2, 2]);
    expect(largestHessianEigenvalue(saddle, [0, 0])).toBeCloseTo(2, 9);
    expect(
      largestHessianEigenvalue(
        quadratic([
          [0, 3],
          [3, 0],
        ]),
        [0, 0],
      ),
    ).toBeCloseTo(3, 9);
  });

  it("match the closed form on ½(ab − 1)², also when the Hessian-vector product is left to differences", () => {
    const byDifferences = objective({ dim: 2, value: ([a, b]) => 0.5 * (a! * b! - 1) ** 2 });
    for (const [a, b] of [
      [2, -1],
      [0.3, 0.4],
      [1, 1],
    ] as const) {
      const want = valleyEigenvalues(a, b);
      const exact = hessianEigenvalues(valley, [a, b]);
      want.forEach((v, i) => expect(exact[i]).toBeCloseTo(v, 13));
      const approximate = hessianEigenvalues(byDifferences, [a, b]);
      want.forEach((v, i) => expect(approximate[i]).toBeCloseTo(v, 5));
    }
  });

  it("give the sharpness at every state of a run", () => {
    const run = gradientDescent(valley, { x0: [2, -1], eta: 0.1, steps: 50 });
    const sharpness = sharpnessAlong(valley, run);
    expect(sharpness.length).toBe(51);
    run.x.forEach(([a, b], k) => expect(sharpness[k]).toBeCloseTo(valleyEigenvalues(a!, b!)[1]!, 12));
  });

  it("refuse what they cannot do, saying why", () => {
    const big = quadratic(1);
    expect(() => hessianEigenvalues(big, [1, 2])).toThrow(/x must have 1 coordinate/);
    expect(() => sharpnessAlong(valley, gradientDescent(big, { x0: 1, eta: 0.1, steps: 1 }))).toThrow(
      /run must be a trajectory of dimension 2/,
    );
    const wide = objective({ dim: 201, value: (x) => x.reduce((s, v) => s + v * v, 0) });
    expect(() => hessianEigenvalues(wide, new Float64Array(201))).toThrow(/only up to dimension 200/);
  });
});
