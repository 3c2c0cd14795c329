import { descend } from "./descent-step";
import { checkObjective } from "./objective";
import { storedCount, TrajectoryBuilder, type RunOnLoss } from "./trajectory";
import { isQuadratic, type Objective, type Point } from "./types";
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
export function gradientDescent(loss: Objective, options: GradientDescentOptions): RunOnLoss {
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
  if (dim === 1) return descendOnALine(f, x, g, eta, steps, every, out);
  for (let k = 1; k <= steps; k++) {
    f.grad(x, g);
    if (!descend(x, g, eta)) return out.finishRun(k);
    if (k % every === 0 || k === steps) {
      const value = f.value(x);
      if (!Number.isFinite(value)) return out.finishRun(k);
      out.push(k * eta, x, value);
    }
  }
  return out.finishRun();
}

/**
 * The same loop in one dimension, with the state in a local and the stores written straight into
 * the builder's arrays: the long 1-D runs of the book (10⁶ steps) then cost about what a loop written
 * by hand for one loss costs (measured in packages/numerics/bench). Same arithmetic, same results.
 */
function descendOnALine(
  f: Objective,
  x: Float64Array,
  g: Float64Array,
  eta: number,
  steps: number,
  every: number,
  out: TrajectoryBuilder,
): RunOnLoss {
  const { t, states } = out;
  const loss = out.loss!;
  let n = out.count;
  let xi = x[0]!;
  // The bowl ½λθ² itself: its gradient λθ and value ½λθ² written out, in the objective's own
  // order of operations (quadratic.ts), so the results are the same to the last bit.
  const lambda = isQuadratic(f) && f.diagonal?.length === 1 ? f.diagonal[0]! : undefined;
  for (let k = 1; k <= steps; k++) {
    if (lambda === undefined) f.grad(x, g);
    else g[0] = lambda * xi;
    xi -= eta * g[0]!;
    x[0] = xi;
    if (xi - xi !== 0) return stopAt(out, n, k); // NaN or ±Infinity
    if (k % every === 0 || k === steps) {
      const value = lambda === undefined ? f.value(x) : 0.5 * lambda * xi * xi;
      if (value - value !== 0) return stopAt(out, n, k);
      t[n] = k * eta;
      states[n] = xi;
      loss[n] = value;
      n++;
    }
  }
  out.count = n;
  return out.finishRun();
}

function stopAt(out: TrajectoryBuilder, count: number, step: number): RunOnLoss {
  out.count = count;
  return out.finishRun(step);
}
