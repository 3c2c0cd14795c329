import { describe, expect, it } from "vitest";
import { coordinate, gradientDescent, objective, quadratic, stableStepBound } from "../src/index";
import { applyMatrixFunction2 } from "./closed-forms";

describe("gradientDescent", () => {
  it("follows θ_k = (1 − ηλ)^k θ₀ on the 1-D bowl: 1.2, 0.6, 0.3, … for λ = 1, η = 0.5", () => {
    const run = gradientDescent(quadratic(1), { x0: [1.2], eta: 0.5, steps: 5 });
    expect(Array.from(coordinate(run, 0))).toEqual([1.2, 0.6, 0.3, 0.15, 0.075, 0.0375]);
    expect(Array.from(run.t)).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
    expect(run.loss![0]).toBeCloseTo(0.5 * 1.2 * 1.2, 15);
  });

  it("equals (I − ηA)^k x₀ on ½xᵀAx", () => {
    const [a, b, c] = [3, 1, 2];
    const eta = 0.1;
    const x0: [number, number] = [1, -2];
    const run = gradientDescent(
      quadratic([
        [a, b],
        [b, c],
      ]),
      { x0, eta, steps: 40 },
    );
    for (const k of [1, 7, 40]) {
      const want = applyMatrixFunction2(a, b, c, (lambda) => (1 - eta * lambda) ** k, x0);
      expect(run.x[k]![0]).toBeCloseTo(want[0], 12);
      expect(run.x[k]![1]).toBeCloseTo(want[1], 12);
    }
  });

  it("converges below 2/λmax and diverges above it, saying at which step", () => {
    const loss = quadratic([
      [3, 1],
      [1, 2],
    ]);
    const bound = stableStepBound(loss, [0, 0]);
    expect(bound).toBeCloseTo(2 / ((5 + Math.sqrt(5)) / 2), 10);
    const below = gradientDescent(loss, { x0: [1, 1], eta: 0.95 * bound, steps: 2000 });
    expect(below.diverged).toBeUndefined();
    expect(Math.hypot(...below.x[2000]!)).toBeLessThan(1e-10);
    const above = gradientDescent(loss, { x0: [1, 1], eta: 1.05 * bound, steps: 100_000 });
    // |1 − ηλmax| = 1.1 per step: the loss ½xᵀAx overflows once |x| passes ~1e154, after about
    // log(1e154)/log(1.1) ≈ 3720 steps (the state itself would last until ≈ 7440).
    expect(above.diverged).toBeDefined();
    expect(above.diverged!.step).toBeGreaterThan(3650);
    expect(above.diverged!.step).toBeLessThan(3800);
    expect(above.t.length).toBe(above.diverged!.step);
    expect(above.states.every(Number.isFinite)).toBe(true);
  });

  it("stores every k-th state and the last when asked", () => {
    const run = gradientDescent(quadratic(1), { x0: 1, eta: 0.5, steps: 10, every: 4 });
    expect(Array.from(run.t)).toEqual([0, 2, 4, 5]);
    expect(run.x[3]![0]).toBe(0.5 ** 10);
  });

  it("rejects bad arguments with the argument's name and the value received", () => {
    const loss = quadratic(1);
    expect(() => gradientDescent(loss, { x0: [Number.NaN], eta: 0.1, steps: 1 })).toThrow(/x0\[0\].*NaN/);
    expect(() => gradientDescent(loss, { x0: [1, 2], eta: 0.1, steps: 1 })).toThrow(
      /x0 must have 1 coordinate.*length 2/,
    );
    expect(() => gradientDescent(loss, { x0: [1], eta: 0, steps: 1 })).toThrow(RangeError);
    expect(() => gradientDescent(loss, { x0: [1], eta: -1, steps: 1 })).toThrow(/eta must be > 0, received -1/);
    expect(() => gradientDescent(loss, { x0: [1], eta: 0.1, steps: 2.5 })).toThrow(/steps .*received 2.5/);
    expect(() => gradientDescent(loss, { x0: [1], eta: 0.1, steps: -1 })).toThrow(/steps .*received -1/);
    expect(() => gradientDescent(loss, { x0: [1], eta: 0.1, steps: 20_000_000 })).toThrow(
      /at most 10000000, received 20000000/,
    );
    expect(() => gradientDescent(loss, { x0: [1], eta: "0.1" as unknown as number, steps: 1 })).toThrow(TypeError);
  });

  it("takes the same steps on the bowl ½λθ² as on that loss written by hand, to the last bit, diverging alike", () => {
    for (const [lambda, eta] of [
      [0.7, 0.3],
      [2, 1.05],
      [3, 0.9],
    ] as const) {
      const byHand = objective({ dim: 1, value: ([t]) => 0.5 * lambda * t! * t!, grad: ([t]) => [lambda * t!] });
      const fast = gradientDescent(quadratic(lambda), { x0: 1.3, eta, steps: 3000, every: 7 });
      const slow = gradientDescent(byHand, { x0: 1.3, eta, steps: 3000, every: 7 });
      expect(Array.from(fast.states)).toEqual(Array.from(slow.states));
      expect(Array.from(fast.loss!)).toEqual(Array.from(slow.loss!));
      expect(Array.from(fast.t)).toEqual(Array.from(slow.t));
      expect(fast.diverged).toEqual(slow.diverged);
    }
  });
});
