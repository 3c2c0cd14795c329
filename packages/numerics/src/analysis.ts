import { dot, norm } from "./linear-algebra";
import { checkObjective } from "./objective";
import { randomGenerator } from "./rng";
import type { Trajectory } from "./trajectory";
import type { Objective, Point } from "./types";
import { checkCount, checkPoint, describe } from "./validate";

/**
 * The largest eigenvalue λ_max of the Hessian ∇²L(x), by power iteration on Hessian-vector
 * products: v ← Hv/‖Hv‖, λ ≈ vᵀHv. The answer is accepted when it is positive and v is an eigenvector
 * (‖Hv − λv‖ small). Otherwise the dominant eigenvalue is negative, or two eigenvalues ±σ of opposite
 * signs share the largest size (where v swings between them and vᵀHv settles on no eigenvalue): it
 * iterates again on H + σI, σ = ‖Hv‖ the largest size, whose eigenvalues are all ≥ 0 and whose largest
 * is λ_max + σ. (`hessianEigenvalues` gives every eigenvalue of a small model exactly.)
 */
export function largestHessianEigenvalue(
  loss: Objective,
  x: Point | number,
  options: { iterations?: number; tolerance?: number } = {},
): number {
  const f = checkObjective("loss", loss);
  const at = checkPoint("x", x, f.dim);
  const iterations = checkCount("iterations", options.iterations ?? 1000);
  const tolerance = options.tolerance ?? 1e-12;
  const hessianTimes = (v: Float64Array, out: Float64Array) => f.hvp(at, v, out);
  const dominant = powerIteration(hessianTimes, f.dim, iterations, tolerance);
  const hv = hessianTimes(dominant.vector, new Float64Array(f.dim));
  const size = norm(hv);
  let residual = 0;
  for (let i = 0; i < f.dim; i++) residual += (hv[i]! - dominant.value * dominant.vector[i]!) ** 2;
  if (dominant.value >= 0 && Math.sqrt(residual) <= 1e-6 * Math.max(1, size)) return dominant.value;
  const shifted = powerIteration(
    (v, out) => {
      hessianTimes(v, out);
      for (let i = 0; i < out.length; i++) out[i]! += size * v[i]!;
      return out;
    },
    f.dim,
    iterations,
    tolerance,
  );
  return shifted.value - size;
}

function powerIteration(
  apply: (v: Float64Array, out: Float64Array) => Float64Array,
  dim: number,
  iterations: number,
  tolerance: number,
): { value: number; vector: Float64Array } {
  const random = randomGenerator(12345);
  let v = Float64Array.from({ length: dim }, () => random.next() + 0.5);
  let w = new Float64Array(dim);
  const scale = (a: Float64Array) => {
    const n = norm(a);
    for (let i = 0; i < dim; i++) a[i] = a[i]! / n;
  };
  scale(v);
  let lambda = 0;
  for (let k = 0; k < iterations; k++) {
    apply(v, w);
    const next = dot(v, w); // Rayleigh quotient vᵀHv
    if (norm(w) === 0) return { value: 0, vector: v };
    const swap = v;
    v = w;
    w = swap;
    scale(v);
    if (k > 0 && Math.abs(next - lambda) <= tolerance * Math.max(1, Math.abs(next))) return { value: next, vector: v };
    lambda = next;
  }
  return { value: lambda, vector: v };
}

/**
 * The largest step size for which gradient descent is stable near x: η < 2/λ_max, since on the
 * quadratic model GD multiplies each eigen-component by (1 − ηλ) and |1 − ηλ| < 1 ⇔ 0 < η < 2/λ.
 * Infinity when the loss curves nowhere upward.
 */
export function stableStepBound(loss: Objective, x: Point | number): number {
  const lambda = largestHessianEigenvalue(loss, x);
  return lambda > 0 ? 2 / lambda : Infinity;
}

/**
 * The Euclidean distance ‖a(t) − b(t)‖ at each stored time t of `a` that lies within `b`'s time span,
 * with `b` linearly interpolated between its stored times (sample `b` at `a.t` for exact values).
 */
export function trajectoryDistance(
  a: Trajectory,
  b: Trajectory,
): { t: Float64Array; distance: Float64Array; max: number } {
  if (a.dim !== b.dim)
    throw new RangeError(`trajectories must have the same dimension, received ${a.dim} and ${b.dim}`);
  const dim = a.dim;
  const bEnd = b.t[b.t.length - 1]!;
  const times: number[] = [];
  const distances: number[] = [];
  let j = 0;
  for (let k = 0; k < a.t.length; k++) {
    const t = a.t[k]!;
    if (t < b.t[0]! || t > bEnd) continue;
    while (j + 1 < b.t.length && b.t[j + 1]! < t) j++;
    const j1 = Math.min(j + 1, b.t.length - 1);
    const span = b.t[j1]! - b.t[j]!;
    const w = span > 0 ? (t - b.t[j]!) / span : 0;
    let s = 0;
    for (let i = 0; i < dim; i++) {
      const bi = (1 - w) * b.states[j * dim + i]! + w * b.states[j1 * dim + i]!;
      s += (a.states[k * dim + i]! - bi) ** 2;
    }
    times.push(t);
    distances.push(Math.sqrt(s));
  }
  let max = 0;
  for (const d of distances) max = Math.max(max, d);
  return { t: Float64Array.from(times), distance: Float64Array.from(distances), max };
}

/**
 * The observed order p of a method whose error behaves like C·hᵖ: the least-squares slope of
 * log(error) against log(h).
 */
export function observedOrder(stepSizes: ArrayLike<number>, errors: ArrayLike<number>): number {
  if (stepSizes.length !== errors.length || stepSizes.length < 2) {
    throw new RangeError(
      "observedOrder needs at least two step sizes with one error each, " +
        `received ${describe(stepSizes)} and ${describe(errors)}`,
    );
  }
  const n = stepSizes.length;
  let mx = 0,
    my = 0;
  for (let k = 0; k < n; k++) {
    if (!(stepSizes[k]! > 0) || !(errors[k]! > 0)) {
      throw new RangeError(`step sizes and errors must be > 0, received h = ${stepSizes[k]}, error = ${errors[k]}`);
    }
    mx += Math.log(stepSizes[k]!) / n;
    my += Math.log(errors[k]!) / n;
  }
  let sxy = 0,
    sxx = 0;
  for (let k = 0; k < n; k++) {
    const dx = Math.log(stepSizes[k]!) - mx;
    sxy += dx * (Math.log(errors[k]!) - my);
    sxx += dx * dx;
  }
  return sxy / sxx;
}
