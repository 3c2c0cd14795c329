import { describe, expect, it } from "vitest";
import { coordinate, diagonalQuadratic, gradientDescent, nesterov, nesterovFlow, quadratic } from "../src/index";
import { besselJ1 } from "./closed-forms";

/** The curvatures 10⁻⁴ … 1, evenly spaced on a log scale: a convex bowl that is nearly flat in many directions. */
const spread = Array.from({ length: 40 }, (_, i) => 10 ** (-4 + (4 * i) / 39));

describe("nesterov", () => {
  it("takes the steps worked out by hand on ½θ² (η = ½): 1, ½, ¼, then 3/32 after a look-ahead of ¼", () => {
    // θ₂ = ¼, θ₁ = ½; y₂ = θ₂ + (1/4)(θ₂ − θ₁) = 3/16; θ₃ = y₂ − ½y₂ = 3/32.
    const run = nesterov(quadratic(1), { x0: 1, eta: 0.5, steps: 3 });
    expect(Array.from(run.states)).toEqual([1, 0.5, 0.25, 3 / 32]);
    expect(Array.from(run.t)).toEqual([0, Math.SQRT1_2, 2 * Math.SQRT1_2, 3 * Math.SQRT1_2]);
  });

  it("with a constant β on ½λθ² follows θ_{k+1} = (1 − ηλ)((1 + β)θ_k − βθ_{k−1})", () => {
    const [eta, beta, lambda] = [0.1, 0.6, 2];
    const run = nesterov(quadratic(lambda), { x0: 1, eta, beta, steps: 30 });
    let [previous, current] = [1, 1];
    coordinate(run, 0).forEach((theta) => {
      expect(theta).toBeCloseTo(current, 13);
      [previous, current] = [current, (1 - eta * lambda) * ((1 + beta) * current - beta * previous)];
    });
  });

  it("keeps L(θ_k) − L⋆ ≤ 2‖θ₀ − θ⋆‖²/(η(k + 1)²) on a convex bowl, where gradient descent falls like 1/k", () => {
    const bowl = diagonalQuadratic(spread);
    const x0 = spread.map(() => 1);
    const eta = 1; // 1/M, M = 1 the largest curvature
    const steps = 3000;
    const run = nesterov(bowl, { x0, eta, steps });
    run.loss.forEach((l, k) => expect(l).toBeLessThanOrEqual((2 * spread.length) / (eta * (k + 1) ** 2)));
    const gd = gradientDescent(bowl, { x0, eta, steps });
    gd.loss.forEach((l, k) => k > 0 && expect(l).toBeLessThanOrEqual(spread.length / (2 * eta * k)));
    // Between k = 30 and 300 (far from 1/λmin = 10⁴) GD's loss falls about tenfold, Nesterov's about
    // a hundredfold: slopes near −1 and −2 on log-log axes.
    const slope = (l: Float64Array) => Math.log10(l[300]! / l[30]!);
    expect(slope(gd.loss)).toBeGreaterThan(-1.15);
    expect(slope(gd.loss)).toBeLessThan(-0.85);
    expect(slope(run.loss)).toBeLessThan(-1.6);
  });

  it("approaches its flow θ̈ + (3/t)θ̇ + θ = 0, whose solution is 2J₁(t)/t, as η → 0", () => {
    // On ½θ² from 1 the flow is θ(t) = 2J₁(t)/t (Su, Boyd and Candès 2016); the k-th iterate sits at t = k√η.
    const exact = (t: number) => (t === 0 ? 1 : (2 * besselJ1(t)) / t);
    const gaps = [0.1, 0.05, 0.025].map((h) => {
      const run = nesterov(quadratic(1), { x0: 1, eta: h * h, steps: Math.round(10 / h) });
      let worst = 0;
      coordinate(run, 0).forEach((theta, k) => (worst = Math.max(worst, Math.abs(theta - exact(run.t[k]!)))));
      return worst;
    });
    expect(gaps[1]!).toBeLessThan(0.6 * gaps[0]!);
    expect(gaps[2]!).toBeLessThan(0.6 * gaps[1]!);
    expect(gaps[2]!).toBeLessThan(0.02);
    const flow = nesterovFlow(quadratic(1), { x0: 1, T: 10, samples: 20 });
    flow.t.forEach((t, k) => expect(flow.states[k]).toBeCloseTo(exact(t), 8));
  });

  it("diverges when the step is too large, saying at which step, and rejects bad arguments", () => {
    const run = nesterov(quadratic(1), { x0: 1, eta: 3, steps: 5000 });
    expect(run.diverged).toBeDefined();
    expect(run.states.every(Number.isFinite)).toBe(true);
    expect(() => nesterov(quadratic(1), { x0: 1, eta: -1, steps: 1 })).toThrow(/eta must be > 0, received -1/);
    expect(() => nesterov(quadratic(1), { x0: 1, eta: 0.1, steps: 1, beta: Infinity })).toThrow(/beta must be finite/);
    expect(() => nesterov(quadratic(1), { x0: 1, eta: 0.1, steps: -2 })).toThrow(/steps .*received -2/);
  });
});
