/**
 * The one result shape of every method: states at times, with the loss where an objective exists.
 *
 * States are stored in one flat buffer (`states`, row k at `k·dim`), written by the method's loop
 * without allocating per step; `x` gives them as one `Float64Array` view per state, built on first use.
 */
export interface Trajectory {
  /** The dimension of each state. */
  readonly dim: number;
  /** Times of the stored states: `k·η` for GD and SGD, `t0 + k·h` for Euler, the flow's time for gradient flow. */
  readonly t: Float64Array;
  /** Stored states, `x[0]` being `x0`. */
  readonly x: Float64Array[];
  /** All stored states, flat: state k occupies `states[k·dim … (k+1)·dim − 1]`. */
  readonly states: Float64Array;
  /** The loss at each stored state, when the method ran on an objective. */
  readonly loss?: Float64Array;
  /** Set when a state overflowed to NaN or ±Infinity: the step that did, and the run stopped before storing it. */
  readonly diverged?: { readonly step: number };
}

/** A run on a loss (gradient descent, SGD, gradient flow): its loss is recorded at every stored state. */
export type RunOnLoss = Trajectory & { readonly loss: Float64Array };

/** Mutable storage a method fills while it runs, then turns into a `Trajectory` with `finish`. */
export class TrajectoryBuilder {
  readonly t: Float64Array;
  readonly states: Float64Array;
  readonly loss: Float64Array | undefined;
  count = 0;

  constructor(
    readonly dim: number,
    capacity: number,
    withLoss: boolean,
  ) {
    this.t = new Float64Array(capacity);
    this.states = new Float64Array(capacity * dim);
    this.loss = withLoss ? new Float64Array(capacity) : undefined;
  }

  /** Stores state `x` at time `time` (and its loss). */
  push(time: number, x: ArrayLike<number>, lossValue?: number): void {
    const k = this.count++;
    this.t[k] = time;
    const dim = this.dim;
    if (dim === 1) this.states[k] = x[0]!;
    else if (x instanceof Float64Array) this.states.set(x, k * dim);
    else for (let i = 0; i < dim; i++) this.states[k * dim + i] = x[i]!;
    if (this.loss !== undefined) this.loss[k] = lossValue!;
  }

  /** The run of a method on a loss (built with `withLoss`), its losses recorded. */
  finishRun(divergedAtStep?: number): RunOnLoss {
    if (this.loss === undefined) throw new Error("finishRun needs a builder made with withLoss");
    return this.finish(divergedAtStep) as RunOnLoss;
  }

  finish(divergedAtStep?: number): Trajectory {
    return makeTrajectory(
      this.dim,
      this.t.subarray(0, this.count),
      this.states.subarray(0, this.count * this.dim),
      this.loss?.subarray(0, this.count),
      divergedAtStep,
    );
  }
}

/** Wraps flat arrays as a `Trajectory`; `x` is a lazily built list of views into `states`. */
export function makeTrajectory(
  dim: number,
  t: Float64Array,
  states: Float64Array,
  loss?: Float64Array,
  divergedAtStep?: number,
): Trajectory {
  let views: Float64Array[] | undefined;
  const trajectory = {
    dim,
    t,
    states,
    get x(): Float64Array[] {
      if (views === undefined) {
        views = [];
        for (let k = 0; k < t.length; k++) views.push(states.subarray(k * dim, (k + 1) * dim));
      }
      return views;
    },
    ...(loss !== undefined ? { loss } : {}),
    ...(divergedAtStep !== undefined ? { diverged: { step: divergedAtStep } } : {}),
  };
  return trajectory;
}

/** The series of coordinate `i` of every stored state: x[k][i] for k = 0, 1, … */
export function coordinate(trajectory: Trajectory, i: number): Float64Array {
  if (!Number.isInteger(i) || i < 0 || i >= trajectory.dim) {
    throw new RangeError(`coordinate index must be a whole number in 0 … ${trajectory.dim - 1}, received ${i}`);
  }
  const n = trajectory.t.length;
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) out[k] = trajectory.states[k * trajectory.dim + i]!;
  return out;
}

/** The number of stored states for a run of `steps` steps keeping every `every`-th one plus the last. */
export function storedCount(steps: number, every: number): number {
  return Math.floor(steps / every) + 1 + (steps % every === 0 ? 0 : 1);
}
