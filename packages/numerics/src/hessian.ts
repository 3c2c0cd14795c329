import { symmetricEigenvalues } from "./linear-algebra";
import { checkObjective } from "./objective";
import type { Trajectory } from "./trajectory";
import type { Objective, Point } from "./types";
import { checkPoint, describe } from "./validate";

/** The largest dimension whose Hessian is formed whole: d Hessian-vector products and O(d³) for its eigenvalues. */
export const MAX_HESSIAN_DIM = 200;

/**
 * Every eigenvalue of the Hessian ∇²L(x), ascending. The Hessian is formed column by column from d
 * Hessian-vector products, H eᵢ, made exactly symmetric as ½(H + Hᵀ) (products by differences are
 * not), and its eigenvalues found by Jacobi rotations. Exact up to rounding and robust where power
 * iteration is not (eigenvalues ±λ of equal size), for the small models of the course (d ≤ 200).
 *
 * The last one is the **sharpness** λ_max, the curvature that limits the step size (η < 2/λ_max).
 *
 * @example hessianEigenvalues(quadratic([[2, 1], [1, 2]]), [0, 0]) // Float64Array [1, 3] (to rounding)
 */
export function hessianEigenvalues(loss: Objective, x: Point | number): Float64Array {
  const f = checkObjective("loss", loss);
  return new HessianSpectrum(f).at(checkPoint("x", x, f.dim)).slice();
}

/**
 * The sharpness λ_max(∇²L(θ_k)) at every stored state of a run: the largest eigenvalue of the Hessian,
 * formed whole as in `hessianEigenvalues`.
 *
 * @example sharpnessAlong(quadratic(3), gradientDescent(quadratic(3), { x0: 1, eta: 0.1, steps: 2 }))
 *   // Float64Array [3, 3, 3]
 */
export function sharpnessAlong(loss: Objective, run: Trajectory): Float64Array {
  const f = checkObjective("loss", loss);
  if (typeof run !== "object" || run === null || !(run.states instanceof Float64Array) || run.dim !== f.dim) {
    throw new TypeError(
      `run must be a trajectory of dimension ${f.dim} (the result of a method on this loss), received ${describe(run)}`,
    );
  }
  const spectrum = new HessianSpectrum(f);
  const count = run.t.length;
  const out = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const values = spectrum.at(run.states.subarray(k * f.dim, (k + 1) * f.dim));
    out[k] = values[f.dim - 1]!;
  }
  return out;
}

/** The Hessian's eigenvalues at one point after another, in buffers allocated once. */
class HessianSpectrum {
  private readonly matrix: Float64Array;
  private readonly column: Float64Array;
  private readonly unit: Float64Array;
  private readonly values: Float64Array;

  constructor(private readonly f: Objective) {
    const d = f.dim;
    if (d > MAX_HESSIAN_DIM) {
      throw new RangeError(
        `the whole Hessian is formed only up to dimension ${MAX_HESSIAN_DIM}, received a loss of dimension ${d} ` +
          "(use largestHessianEigenvalue, by power iteration, for larger models)",
      );
    }
    this.matrix = new Float64Array(d * d);
    this.column = new Float64Array(d);
    this.unit = new Float64Array(d);
    this.values = new Float64Array(d);
  }

  /** The eigenvalues at x, ascending (a view into this object's buffer, valid until the next call). */
  at(x: Float64Array): Float64Array {
    const d = this.f.dim;
    const h = this.matrix;
    for (let j = 0; j < d; j++) {
      this.unit.fill(0);
      this.unit[j] = 1;
      const column = this.f.hvp(x, this.unit, this.column);
      for (let i = 0; i < d; i++) {
        const entry = column[i]!;
        if (!Number.isFinite(entry)) {
          throw new RangeError(`the Hessian at ${describe(x)} has an entry that is not finite (${entry})`);
        }
        h[i * d + j] = entry;
      }
    }
    // ½(H + Hᵀ): products by differences are symmetric only up to their error.
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < i; j++) {
        const mean = (h[i * d + j]! + h[j * d + i]!) / 2;
        h[i * d + j] = mean;
        h[j * d + i] = mean;
      }
    }
    return symmetricEigenvalues(h, d, this.values);
  }
}
