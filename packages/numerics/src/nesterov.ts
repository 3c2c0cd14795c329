import { checkObjective } from "./objective";
import { storedCount, TrajectoryBuilder, type RunOnLoss } from "./trajectory";
import type { Objective, Point } from "./types";
import { checkCount, checkNumber, checkOptions, checkPoint, checkSteps } from "./validate";

export interface NesterovOptions {
  /** The start θ₀ (a number for a 1-D objective). */
  x0: Point | number;
  /** The step size η > 0 (at most 1/M for the guarantee, M the largest curvature). */
  eta: number;
  /** How many steps to take (0 … 10⁷). */
  steps: number;
  /**
   * A constant momentum β, as for a strongly convex loss (β = (√κ − 1)/(√κ + 1)). Left out, the
   * momentum of step k is (k − 1)/(k + 2), the choice for a convex loss.
   */
  beta?: number;
  /** Store only every k-th state (and the last); 1 by default. */
  every?: number;
}

/**
 * Nesterov's accelerated gradient method: a look-ahead point, then a gradient step from it,
 *
 *   y_k = θ_k + β_k(θ_k − θ_{k−1}),   θ_{k+1} = y_k − η∇L(y_k),   θ₋₁ = θ₀,
 *
 * with β_k = (k − 1)/(k + 2) unless a constant `beta` is given. The states stored are the θ_k, at the
 * times t_k = k√η of its limit, the flow θ̈ + (3/t)θ̇ + ∇L(θ) = 0 (Su, Boyd and Candès 2016; see
 * `nesterovFlow`). On a convex loss whose curvature is at most M, with η ≤ 1/M,
 * L(θ_k) − L⋆ ≤ 2‖θ₀ − θ⋆‖²/(η(k + 1)²), against gradient descent's ‖θ₀ − θ⋆‖²/(2ηk).
 *
 * Stops early, with `diverged: { step }`, at the first step whose state or loss is not finite.
 *
 * @example nesterov(quadratic(1), { x0: 1, eta: 0.5, steps: 2 }).states // Float64Array [1, 0.5, 0.25]
 */
export function nesterov(loss: Objective, options: NesterovOptions): RunOnLoss {
  const f = checkObjective("loss", loss);
  const o = checkOptions("nesterov options", options);
  const dim = f.dim;
  const x = checkPoint("x0", o.x0, dim);
  const eta = checkNumber("eta", o.eta, { positive: true });
  const steps = checkSteps("steps", o.steps);
  const constant = o.beta === undefined ? undefined : checkNumber("beta", o.beta);
  const every = checkCount("every", o.every ?? 1);
  const clock = Math.sqrt(eta);
  const out = new TrajectoryBuilder(dim, storedCount(steps, every), true);
  const previous = x.slice();
  const y = new Float64Array(dim);
  const g = new Float64Array(dim);
  out.push(0, x, f.value(x));
  for (let k = 0; k < steps; k++) {
    // Step k + 1 starts from θ_k: look ahead by β_k(θ_k − θ_{k−1}), then descend from there.
    const beta = constant ?? (k - 1) / (k + 2);
    for (let i = 0; i < dim; i++) y[i] = x[i]! + beta * (x[i]! - previous[i]!);
    f.grad(y, g);
    let overflow = 0;
    for (let i = 0; i < dim; i++) {
      const next = y[i]! - eta * g[i]!;
      previous[i] = x[i]!;
      x[i] = next;
      overflow += next - next; // NaN exactly when some coordinate is NaN or ±Infinity
    }
    const step = k + 1;
    if (overflow !== 0) return out.finishRun(step);
    if (step % every === 0 || step === steps) {
      const value = f.value(x);
      if (!Number.isFinite(value)) return out.finishRun(step);
      out.push(step * clock, x, value);
    }
  }
  return out.finishRun();
}
