import { descend } from "./descent-step";
import { checkObjective } from "./objective";
import { randomGenerator, shuffle } from "./rng";
import { storedCount, TrajectoryBuilder, type RunOnLoss } from "./trajectory";
import type { FiniteSumObjective, Point } from "./types";
import { checkCount, checkNumber, checkOptions, checkPoint, checkSteps, describe } from "./validate";

export interface SgdOptions {
  /** The start w₀. */
  x0: Point | number;
  /** The step size η > 0. */
  eta: number;
  /** Examples per step, 1 … N. N gives (full-batch) gradient descent. */
  batchSize: number;
  /** How many steps to take (0 … 10⁷). */
  steps: number;
  /** The seed of the random order; the same seed gives the same run. */
  seed: number;
  /** Store only every k-th state (and the last); 1 by default. */
  every?: number;
}

/**
 * Stochastic gradient descent on a loss that is a mean over N examples:
 *
 *   w_{k+1} = w_k − η · (1/|B_k|) Σ_{i ∈ B_k} ∇Lᵢ(w_k),
 *
 * where the batches B_k walk through a fresh random permutation of the examples each epoch (sampling
 * without replacement; the last batch of an epoch is smaller when N is not a multiple of the batch
 * size). The recorded loss is the full loss L(w_k). With `batchSize = N` every batch is the whole
 * data set, summed in index order, and the run equals `gradientDescent` to the last bit.
 */
export function sgd(problem: FiniteSumObjective, options: SgdOptions): RunOnLoss {
  const f = checkObjective("problem", problem) as FiniteSumObjective;
  if (typeof f.batchGrad !== "function" || typeof f.size !== "number") {
    throw new TypeError(
      "problem must be a sum over examples (such as leastSquares(data)), " +
        `received an objective without batchGrad/size: ${describe(problem)}`,
    );
  }
  const o = checkOptions("sgd options", options);
  const dim = f.dim;
  const x = checkPoint("x0", o.x0, dim);
  const eta = checkNumber("eta", o.eta, { positive: true });
  const batchSize = checkCount("batchSize", o.batchSize, f.size);
  const steps = checkSteps("steps", o.steps);
  if (typeof o.seed !== "number" || !Number.isInteger(o.seed))
    throw new TypeError(`seed must be a whole number, received ${describe(o.seed)}`);
  const every = checkCount("every", o.every ?? 1);
  const random = randomGenerator(o.seed);
  const order = Int32Array.from({ length: f.size }, (_, i) => i);
  const batch = new Int32Array(batchSize);
  const g = new Float64Array(dim);
  const out = new TrajectoryBuilder(dim, storedCount(steps, every), true);
  out.push(0, x, f.value(x));
  // A full batch is summed in index order, so that it is exactly ∇L (and the run is GD's, bit for bit).
  const all = Int32Array.from({ length: f.size }, (_, i) => i);
  let cursor = f.size; // start of the next batch within `order`; N means "reshuffle first"
  for (let k = 1; k <= steps; k++) {
    if (cursor >= f.size) {
      if (batchSize < f.size) shuffle(order, random);
      cursor = 0;
    }
    const count = Math.min(batchSize, f.size - cursor);
    if (count === f.size) f.batchGrad(x, all, count, g);
    else {
      for (let b = 0; b < count; b++) batch[b] = order[cursor + b]!;
      f.batchGrad(x, batch, count, g);
    }
    cursor += count;
    if (!descend(x, g, eta)) return out.finishRun(k);
    if (k % every === 0 || k === steps) {
      const value = f.value(x);
      if (!Number.isFinite(value)) return out.finishRun(k);
      out.push(k * eta, x, value);
    }
  }
  return out.finishRun();
}
