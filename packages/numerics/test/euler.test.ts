import { describe, expect, it } from "vitest";
import { euler, gradientDescent, observedOrder, rosenbrock } from "../src/index";

describe("euler", () => {
  it("solves y′ = −y with global error O(h): the error at t = 1 halves when h halves", () => {
    const hs = [0.1, 0.05, 0.025, 0.0125];
    const errors = hs.map((h) => {
      const run = euler((_t, y) => [-y[0]!], { x0: 1, h, steps: Math.round(1 / h) });
      return Math.abs(run.x[run.x.length - 1]![0]! - Math.exp(-1));
    });
    for (let k = 1; k < errors.length; k++) expect(errors[k - 1]! / errors[k]!).toBeGreaterThan(1.9);
    expect(observedOrder(hs, errors)).toBeCloseTo(1, 1);
  });

  it("has one-step error O(h²): it quarters when h halves (|1 − h − e^{−h}| ≈ h²/2)", () => {
    const hs = [0.1, 0.05, 0.025];
    const errors = hs.map((h) =>
      Math.abs(euler((_t, y, out) => void (out[0] = -y[0]!), { x0: 1, h, steps: 1 }).x[1]![0]! - Math.exp(-h)),
    );
    expect(errors[0]! / errors[1]!).toBeGreaterThan(3.8);
    expect(errors[0]!).toBeCloseTo(0.1 ** 2 / 2, 3);
    expect(observedOrder(hs, errors)).toBeCloseTo(2, 1);
  });

  it("on dx/dt = −∇L is gradient descent with η = h, to the last bit", () => {
    const loss = rosenbrock();
    const flowField = (_t: number, x: Float64Array, out: Float64Array) => {
      loss.grad(x, out);
      for (let i = 0; i < out.length; i++) out[i] = -out[i]!;
    };
    const byEuler = euler(flowField, { x0: [-1.2, 1], h: 1e-3, steps: 500 });
    const byGd = gradientDescent(loss, { x0: [-1.2, 1], eta: 1e-3, steps: 500 });
    expect(byEuler.states).toEqual(byGd.states);
    expect(byEuler.t).toEqual(byGd.t);
  });

  it("uses t₀ and reports the time of each step", () => {
    const run = euler((t) => [t], { x0: 0, h: 0.5, steps: 2, t0: 1 });
    expect(Array.from(run.t)).toEqual([1, 1.5, 2]);
    expect(run.x[2]![0]).toBe(0.5 * 1 + 0.5 * 1.5);
  });

  it("says which step overflowed", () => {
    const run = euler((_t, y) => [y[0]! * y[0]!], { x0: 1, h: 0.5, steps: 100 });
    expect(run.diverged).toBeDefined();
    expect(run.states.every(Number.isFinite)).toBe(true);
  });

  it("rejects a derivative of the wrong size", () => {
    expect(() => euler(() => [1, 2], { x0: 0, h: 0.1, steps: 1 })).toThrow(/f must return dx\/dt with 1 number/);
    expect(() => euler((() => 1) as never, { x0: 0, h: 0, steps: 1 })).toThrow(/h must be > 0, received 0/);
  });
});
