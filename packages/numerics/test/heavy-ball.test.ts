import { describe, expect, it } from "vitest";
import { coordinate, gradientDescent, heavyBall, heavyBallFlow, observedOrder, quadratic } from "../src/index";
import { applyMatrixFunction2, dampedOscillator, heavyBallCoordinate } from "./closed-forms";

describe("heavyBall", () => {
  it("follows the closed form of its recurrence on the bowl ½λθ², rings or not (complex or real roots)", () => {
    // η = 0.1, β = 0.81: s = 1.71, s² < 4β, roots 0.9e^{±iφ}. β = 0.1: s = 1, s² > 4β, two real roots.
    for (const beta of [0.81, 0.1]) {
      const run = heavyBall(quadratic(1), { x0: 1.5, eta: 0.1, beta, steps: 60 });
      coordinate(run, 0).forEach((theta, k) =>
        expect(theta).toBeCloseTo(heavyBallCoordinate(0.1, beta, 1, 1.5, k), 12),
      );
    }
    // The critical β = (1 − √(ηλ))², a double root 1 − √(ηλ): z_k = (1 + (√(ηλ))k)(1 − √(ηλ))ᵏ z₀.
    const run = heavyBall(quadratic(1), { x0: 1, eta: 0.04, beta: 0.64, steps: 40 });
    coordinate(run, 0).forEach((theta, k) => expect(theta).toBeCloseTo((1 + 0.2 * k) * 0.8 ** k, 12));
  });

  it("moves each eigen-coordinate of ½θᵀAθ by its own recurrence", () => {
    const [a, b, c] = [3, 1, 2];
    const [eta, beta] = [0.2, 0.5];
    const x0: [number, number] = [1, -2];
    const run = heavyBall(
      quadratic([
        [a, b],
        [b, c],
      ]),
      { x0, eta, beta, steps: 30 },
    );
    for (const k of [1, 2, 9, 30]) {
      // φ(A)x₀ with φ(λ) the closed-form coordinate of a unit start.
      const want = applyMatrixFunction2(a, b, c, (lambda) => heavyBallCoordinate(eta, beta, lambda, 1, k), x0);
      expect(run.x[k]![0]).toBeCloseTo(want[0], 12);
      expect(run.x[k]![1]).toBeCloseTo(want[1], 12);
    }
  });

  it("stores the k-th state at t = k√η, and with β = 0 takes gradient descent's steps to the last bit", () => {
    const run = heavyBall(quadratic(2), { x0: 1, eta: 0.25, beta: 0, steps: 8 });
    expect(Array.from(run.t)).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4]);
    const gd = gradientDescent(quadratic(2), { x0: 1, eta: 0.25, steps: 8 });
    expect(Array.from(run.states)).toEqual(Array.from(gd.states));
    expect(Array.from(run.loss)).toEqual(Array.from(gd.loss));
  });

  it("is a first-order step of the flow θ̈ + γθ̇ + λθ = 0 with h = √η, γ = (1 − β)/h", () => {
    // Fixed damping γ = 1 and end time T = 4; shrinking h, the iterates close in on the flow like h.
    const gamma = 1;
    const hs = [0.1, 0.05, 0.025, 0.0125];
    const errors = hs.map((h) => {
      const run = heavyBall(quadratic(1), { x0: 1, eta: h * h, beta: 1 - gamma * h, steps: Math.round(4 / h) });
      let worst = 0;
      coordinate(run, 0).forEach(
        (theta, k) => (worst = Math.max(worst, Math.abs(theta - dampedOscillator(gamma, 1, 1, run.t[k]!)))),
      );
      return worst;
    });
    expect(Math.abs(observedOrder(hs, errors) - 1)).toBeLessThan(0.1);
    // The same flow, integrated numerically, agrees with its closed form.
    const flow = heavyBallFlow(quadratic(1), { x0: 1, gamma, T: 4, samples: 8 });
    flow.t.forEach((t, k) => expect(flow.states[k]).toBeCloseTo(dampedOscillator(gamma, 1, 1, t), 9));
  });

  it("diverges past ηλ = 2(1 + β), saying at which step, with every stored state finite", () => {
    // β = 0.5, ηλ = 3.3: s = −1.8, roots (−1.8 ∓ √1.24)/2; the larger has size 1.4568. The loss ½θ²
    // overflows (~1.8e308) once |θ| passes ~1.9e154, after about ln(1.9e154)/ln(1.4568) ≈ 942 steps.
    const below = heavyBall(quadratic(1), { x0: 1, eta: 2.9, beta: 0.5, steps: 2000 });
    expect(below.diverged).toBeUndefined();
    const run = heavyBall(quadratic(1), { x0: 1, eta: 3.3, beta: 0.5, steps: 5000 });
    const root = (1.8 + Math.sqrt(1.24)) / 2;
    const expected = (Math.log(2) + Math.log(1.797e308)) / 2 / Math.log(root);
    expect(run.diverged).toBeDefined();
    expect(Math.abs(run.diverged!.step - expected)).toBeLessThan(10);
    expect(run.states.every(Number.isFinite)).toBe(true);
    expect(run.t.length).toBe(run.diverged!.step);
  });

  it("stores every k-th state and the last when asked", () => {
    const run = heavyBall(quadratic(1), { x0: 1, eta: 0.04, beta: 0.5, steps: 10, every: 4 });
    expect(Array.from(run.t).map((t) => +t.toFixed(12))).toEqual([0, 0.8, 1.6, 2]);
    expect(run.states[3]).toBeCloseTo(heavyBallCoordinate(0.04, 0.5, 1, 1, 10), 14);
  });

  it("rejects bad arguments with the argument's name and the value received", () => {
    const loss = quadratic(1);
    expect(() => heavyBall(loss, { x0: 1, eta: 0, beta: 0.5, steps: 1 })).toThrow(/eta must be > 0, received 0/);
    expect(() => heavyBall(loss, { x0: 1, eta: 0.1, beta: Number.NaN, steps: 1 })).toThrow(/beta must be finite/);
    expect(() => heavyBall(loss, { x0: 1, eta: 0.1, steps: 1 } as never)).toThrow(/beta must be a number/);
    expect(() => heavyBall(loss, { x0: [1, 2], eta: 0.1, beta: 0.5, steps: 1 })).toThrow(/x0 must have 1 coordinate/);
    expect(() => heavyBall(loss, { x0: 1, eta: 0.1, beta: 0.5, steps: 1.5 })).toThrow(/steps .*received 1.5/);
    expect(() => heavyBall(loss, undefined as never)).toThrow(/heavyBall options must be an options object/);
  });
});
