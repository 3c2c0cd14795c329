import { describe, expect, it } from "vitest";
import { contours, gradientDescent, gradientFlow, objective, quadratic } from "../src/index";
import { atResolution } from "../src/resolution";

describe("a coarse resolution (for a first result of slow code)", () => {
  it("takes ⌈f·steps⌉ of a method's steps: the first f of its run, unchanged", () => {
    const run = (steps: number) => gradientDescent(quadratic(2), { x0: 1, eta: 0.1, steps });
    const coarse = atResolution(0.25, () => run(101));
    expect(coarse.t.length).toBe(Math.ceil(0.25 * 101) + 1);
    // GD on ½·2θ²: θ_k = (1 − 0.2)^k, step for step as at full resolution.
    Array.from(coarse.states).forEach((theta, k) => expect(theta).toBeCloseTo(0.8 ** k, 14));
    expect(run(101).t.length).toBe(102); // and whole again afterwards
  });

  it("integrates gradient flow at a looser tolerance, to the same times", () => {
    // dθ/dt = −θ³ from θ₀ = 1: θ(t) = 1/√(1 + 2t).
    const cubic = objective({
      dim: 1,
      value: ([t]) => t! ** 4 / 4,
      grad: ([t]) => [t! ** 3],
      hvp: ([t], [v]) => [3 * t! * t! * v!],
    });
    const coarse = atResolution(0.1, () => gradientFlow(cubic, { x0: 1, T: 4, samples: 8 }));
    expect(coarse.t.length).toBe(9);
    coarse.t.forEach((t, k) => expect(Math.abs(coarse.states[k]! - 1 / Math.sqrt(1 + 2 * t))).toBeLessThan(1e-4));
  });

  it("samples level sets on a coarser grid, never below 20 a side", () => {
    const bowl = quadratic([
      [1, 0],
      [0, 1],
    ]);
    const fine = contours(bowl, { x: [-1, 1], y: [-1, 1] });
    const coarse = atResolution(0.04, () => contours(bowl, { x: [-1, 1], y: [-1, 1] }));
    const points = (l: typeof fine) => l.lines.reduce((n, c) => n + c.x.length, 0);
    expect(points(coarse)).toBeLessThan(points(fine) / 3);
    expect(points(coarse)).toBeGreaterThan(0);
  });

  it("is a fraction in (0, 1]", () => {
    expect(() => atResolution(0, () => 1)).toThrow(/fraction/);
    expect(() => atResolution(1.5, () => 1)).toThrow(/fraction/);
  });
});
