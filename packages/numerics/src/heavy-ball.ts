import { checkObjective } from "./objective";
import { storedCount, TrajectoryBuilder, type RunOnLoss } from "./trajectory";
import type { Objective, Point } from "./types";
import { checkCount, checkNumber, checkOptions, checkPoint, checkSteps } from "./validate";

export interface HeavyBallOptions {
  /** The start θ₀ (a number for a 1-D objective). The ball starts at rest: θ₋₁ = θ₀. */
  x0: Point | number;
  /** The step size η > 0. */
  eta: number;
  /** The momentum β (a finite number; 0 gives gradient descent, 0 ≤ β < 1 is the useful range). */
  beta: number;
  /** How many steps to take (0 … 10⁷). */
  steps: number;
  /** Store only every k-th state (and the last); 1 by default. */
  every?: number;
}

/**
 * Polyak's heavy ball, gradient descent with momentum:
 *
 *   θ_{k+1} = θ_k − η∇L(θ_k) + β(θ_k − θ_{k−1}),   θ₋₁ = θ₀,
 *
 * stored at the times t_k = k√η. It is the damped second-order flow θ̈ + γθ̇ + ∇L(θ) = 0 stepped with
 * the time step h = √η and the damping γ = (1 − β)/√η (see `heavyBallFlow`), which is why its clock
 * runs at √η a step and not η. With β = 0 it takes gradient descent's steps.
 *
 * Stops early, with `diverged: { step }`, at the first step whose state or loss is not finite.
 *
 * @example heavyBall(quadratic(1), { x0: 1, eta: 0.5, beta: 0.25, steps: 2 }).states // Float64Array [1, 0.5, 0.125]
 */
export function heavyBall(loss: Objective, options: HeavyBallOptions): RunOnLoss {
  const f = checkObjective("loss", loss);
  const o = checkOptions("heavyBall options", options);
  const dim = f.dim;
  const x = checkPoint("x0", o.x0, dim);
  const eta = checkNumber("eta", o.eta, { positive: true });
  const beta = checkNumber("beta", o.beta);
  const steps = checkSteps("steps", o.steps);
  const every = checkCount("every", o.every ?? 1);
  const clock = Math.sqrt(eta);
  const out = new TrajectoryBuilder(dim, storedCount(steps, every), true);
  const previous = x.slice();
  const g = new Float64Array(dim);
  out.push(0, x, f.value(x));
  for (let k = 1; k <= steps; k++) {
    f.grad(x, g);
    let overflow = 0;
    for (let i = 0; i < dim; i++) {
      const xi = x[i]!;
      const next = xi - eta * g[i]! + beta * (xi - previous[i]!);
      previous[i] = xi;
      x[i] = next;
      overflow += next - next; // NaN exactly when some coordinate is NaN or ±Infinity
    }
    if (overflow !== 0) return out.finishRun(k);
    if (k % every === 0 || k === steps) {
      const value = f.value(x);
      if (!Number.isFinite(value)) return out.finishRun(k);
      out.push(k * clock, x, value);
    }
  }
  return out.finishRun();
}
