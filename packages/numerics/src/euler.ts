import { storedCount, TrajectoryBuilder, type Trajectory } from "./trajectory";
import type { Point } from "./types";
import { checkCount, checkFunction, checkNumber, checkOptions, checkPoint, checkSteps, describe } from "./validate";

/**
 * The right-hand side of an ODE dx/dt = f(t, x). Either return dx/dt or write it into `dxdt`
 * (no allocation per step).
 */
export type VectorField = (t: number, x: Float64Array, dxdt: Float64Array) => ArrayLike<number> | number | void;

export interface EulerOptions {
  /** The initial state x(t₀) (a number for a scalar ODE). */
  x0: Point | number;
  /** The step size h > 0. */
  h: number;
  /** How many steps to take (0 … 10⁷). */
  steps: number;
  /** The initial time t₀; 0 by default. */
  t0?: number;
  /** Store only every k-th state (and the last); 1 by default. */
  every?: number;
}

/**
 * Euler's method for dx/dt = f(t, x):
 *
 *   x_{k+1} = x_k + h f(t_k, x_k),   t_k = t₀ + kh.
 *
 * Its error after one step is O(h²) and over a fixed time span O(h): a first-order method.
 * On f(t, x) = −∇L(x) it is gradient descent with η = h.
 */
export function euler(f: VectorField, options: EulerOptions): Trajectory {
  checkFunction("f", f);
  const o = checkOptions("euler options", options);
  const raw = o.x0;
  const dim = typeof raw === "number" ? 1 : ((raw as ArrayLike<number> | undefined)?.length ?? 0);
  if (dim === 0) throw new TypeError(`x0 must be a number or a non-empty array of numbers, received ${describe(raw)}`);
  const x = checkPoint("x0", raw, dim);
  const h = checkNumber("h", o.h, { positive: true });
  const steps = checkSteps("steps", o.steps);
  const t0 = checkNumber("t0", o.t0 ?? 0);
  const every = checkCount("every", o.every ?? 1);
  const out = new TrajectoryBuilder(dim, storedCount(steps, every), false);
  const dxdt = new Float64Array(dim);
  out.push(t0, x);
  for (let k = 0; k < steps; k++) {
    const returned = f(t0 + k * h, x, dxdt);
    if (returned !== undefined && returned !== dxdt) copyDerivative(returned, dxdt);
    let overflow = 0;
    for (let i = 0; i < dim; i++) {
      const xi = x[i]! + h * dxdt[i]!;
      x[i] = xi;
      overflow += xi - xi; // NaN exactly when some xi is NaN or ±Infinity
    }
    if (overflow !== 0) return out.finish(k + 1);
    if ((k + 1) % every === 0 || k + 1 === steps) out.push(t0 + (k + 1) * h, x);
  }
  return out.finish();
}

function copyDerivative(value: ArrayLike<number> | number, into: Float64Array): void {
  if (typeof value === "number" && into.length === 1) {
    into[0] = value;
    return;
  }
  if (typeof value !== "object" || value === null || value.length !== into.length) {
    throw new TypeError(
      `f must return dx/dt with ${into.length} number(s) (or fill its third argument), returned ${describe(value)}`,
    );
  }
  for (let i = 0; i < into.length; i++) into[i] = value[i]!;
}
