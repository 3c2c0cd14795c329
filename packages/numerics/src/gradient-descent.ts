import { descend } from "./descent-step";
import { checkObjective } from "./objective";
import { storedCount, TrajectoryBuilder, type Trajectory } from "./trajectory";
import type { Objective, Point } from "./types";
import { checkCount, checkNumber, checkOptions, checkPoint, checkSteps } from "./validate";

export interface GradientDescentOptions {
  /** The start x₀ (a number for a 1-D objective). */
  x0: Point | number;
  /** The step size η > 0. */
  eta: number;
  /** How many steps to take (0 … 10⁷). */
  steps: number;
  /** Store only every k-th state (and the last); 1 by default. */
  every?: number;
}

/**
 * Gradient descent with a fixed step size:
 *
 *   x_{k+1} = x_k − η ∇L(x_k),   stored at times t_k = kη.
 *
 * Stops early, with `diverged: { step }`, at the first step whose state or loss is not finite.
 */
export function gradientDescent(loss: Objective, options: GradientDescentOptions): Trajectory {
  const f = checkObjective("loss", loss);
  const o = checkOptions("gradientDescent options", options);
  const dim = f.dim;
  const x = checkPoint("x0", o.x0, dim);
  const eta = checkNumber("eta", o.eta, { positive: true });
  const steps = checkSteps("steps", o.steps);
  const every = checkCount("every", o.every ?? 1);
  const out = new TrajectoryBuilder(dim, storedCount(steps, every), true);
  const g = new Float64Array(dim);
  out.push(0, x, f.value(x));
  for (let k = 1; k <= steps; k++) {
    f.grad(x, g);
    if (!descend(x, g, eta)) return out.finish(k);
    if (k % every === 0 || k === steps) {
      const value = f.value(x);
      if (!Number.isFinite(value)) return out.finish(k);
      out.push(k * eta, x, value);
    }
  }
  return out.finish();
}
