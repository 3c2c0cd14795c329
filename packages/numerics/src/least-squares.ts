import { symmetricEigen } from "./linear-algebra";
import { randomGenerator } from "./rng";
import type { FiniteSumObjective } from "./types";
import { checkCount, checkNumber, describe } from "./validate";

export interface DataSet {
  /** Inputs, one row per example. */
  inputs: number[][];
  /** Targets, one per example. */
  targets: number[];
}

/**
 * Least squares on a data set (xᵢ, yᵢ), i = 1 … N:
 *
 *   L(w) = (1/N) Σᵢ ½(xᵢ·w − yᵢ)²,   ∇Lᵢ(w) = (xᵢ·w − yᵢ) xᵢ,   ∇²L = (1/N) XᵀX.
 *
 * `batchGrad` averages ∇Lᵢ over a batch of examples: the estimate SGD steps along.
 *
 * L is a quadratic, so its value costs O(d²), not O(Nd): with G = XᵀX/N = Σⱼ λⱼvⱼvⱼᵀ and w* its
 * minimiser, L(w) = L(w*) + ½ Σⱼ λⱼ (vⱼ·(w − w*))², which also keeps the excess L(w) − L(w*) exact
 * near the minimum (SGD's noise floor is measured there). When G is singular or ill-conditioned the
 * sum over the examples is used.
 */
export function leastSquares(data: DataSet): FiniteSumObjective {
  const { inputs, targets } = data ?? ({} as DataSet);
  if (!Array.isArray(inputs) || inputs.length === 0) {
    throw new TypeError(`inputs must be a non-empty array of rows, received ${describe(inputs)}`);
  }
  const size = inputs.length;
  const dim = Array.isArray(inputs[0]) ? inputs[0].length : 0;
  if (dim === 0) throw new TypeError(`inputs[0] must be a non-empty row of numbers, received ${describe(inputs[0])}`);
  if (!Array.isArray(targets) || targets.length !== size) {
    throw new RangeError(`targets must have one number per input row (${size}), received ${describe(targets)}`);
  }
  const x = new Float64Array(size * dim);
  const y = new Float64Array(size);
  inputs.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== dim) {
      throw new RangeError(`inputs[${i}] must have ${dim} numbers, received ${describe(row)}`);
    }
    row.forEach((v, j) => (x[i * dim + j] = checkNumber(`inputs[${i}][${j}]`, v)));
    y[i] = checkNumber(`targets[${i}]`, targets[i]);
  });
  const residual = (i: number, w: ArrayLike<number>): number => {
    let s = -y[i]!;
    for (let j = 0; j < dim; j++) s += x[i * dim + j]! * w[j]!;
    return s;
  };
  // SGD's inner loop: written out (no call per example), and the residual computed in place.
  const batchGrad = (w: ArrayLike<number>, indices: ArrayLike<number>, count: number, out: Float64Array) => {
    out.fill(0);
    for (let b = 0; b < count; b++) {
      const row = indices[b]! * dim;
      let r = -y[indices[b]!]!;
      for (let j = 0; j < dim; j++) r += x[row + j]! * w[j]!;
      for (let j = 0; j < dim; j++) out[j]! += r * x[row + j]!;
    }
    for (let j = 0; j < dim; j++) out[j] = out[j]! / count;
    return out;
  };
  const all = Int32Array.from({ length: size }, (_, i) => i);
  const sum = (w: ArrayLike<number>) => {
    let s = 0;
    for (let i = 0; i < size; i++) s += residual(i, w) ** 2;
    return (0.5 * s) / size;
  };
  return {
    dim,
    size,
    value: aboutTheMinimum(x, y, size, dim, sum) ?? sum,
    grad: (w, out = new Float64Array(dim)) => batchGrad(w, all, size, out),
    hvp: (_w, v, out = new Float64Array(dim)) => {
      out.fill(0);
      for (let i = 0; i < size; i++) {
        let xv = 0;
        for (let j = 0; j < dim; j++) xv += x[i * dim + j]! * v[j]!;
        for (let j = 0; j < dim; j++) out[j]! += xv * x[i * dim + j]!;
      }
      for (let j = 0; j < dim; j++) out[j] = out[j]! / size;
      return out;
    },
    batchGrad,
  };
}

/**
 * A seeded synthetic regression set: inputs xᵢ = (1, uᵢ) with uᵢ uniform in [−1, 1], and targets
 * yᵢ = w·xᵢ + noise·εᵢ, εᵢ standard normal. The first weight is the intercept, the second the slope.
 */
export function lineData(options: { size: number; weights: [number, number]; noise?: number; seed?: number }): DataSet {
  const size = checkCount("size", options.size, 1_000_000);
  const [w0, w1] = options.weights;
  checkNumber("weights[0]", w0);
  checkNumber("weights[1]", w1);
  const noise = checkNumber("noise", options.noise ?? 0.3);
  const random = randomGenerator(options.seed ?? 1);
  const inputs: number[][] = [];
  const targets: number[] = [];
  for (let i = 0; i < size; i++) {
    const u = 2 * random.next() - 1;
    inputs.push([1, u]);
    targets.push(w0 + w1 * u + noise * random.normal());
  }
  return { inputs, targets };
}

/** Largest dimension for which L is evaluated as a quadratic form (its set-up is O(d³ + Nd²)). */
const QUADRATIC_FORM_MAX_DIM = 64;

/**
 * L(w) = L(w*) + ½ Σⱼ λⱼ (vⱼ·(w − w*))² for the rows `x` (N × d, flat) and targets `y`, or undefined
 * when G = XᵀX/N is too ill-conditioned for it (λ_min < 10⁻¹⁰ λ_max) or d is large.
 */
function aboutTheMinimum(
  x: Float64Array,
  y: Float64Array,
  size: number,
  dim: number,
  sum: (w: ArrayLike<number>) => number,
): ((w: ArrayLike<number>) => number) | undefined {
  if (dim > QUADRATIC_FORM_MAX_DIM) return undefined;
  const gram = Array.from({ length: dim }, () => new Array<number>(dim).fill(0));
  const moment = new Float64Array(dim); // Xᵀy/N
  for (let i = 0; i < size; i++) {
    for (let p = 0; p < dim; p++) {
      const xp = x[i * dim + p]!;
      moment[p]! += (xp * y[i]!) / size;
      for (let q = 0; q < dim; q++) gram[p]![q]! += (xp * x[i * dim + q]!) / size;
    }
  }
  const { values, vectors } = symmetricEigen(gram);
  if (!(values[0]! > 1e-10 * values[dim - 1]!)) return undefined;
  // w* = Σⱼ vⱼ (vⱼ·Xᵀy/N) / λⱼ
  const best = new Float64Array(dim);
  vectors.forEach((v, j) => {
    let c = 0;
    for (let p = 0; p < dim; p++) c += v[p]! * moment[p]!;
    for (let p = 0; p < dim; p++) best[p]! += (v[p]! * c) / values[j]!;
  });
  const lowest = sum(best);
  return (w) => {
    let s = 0;
    for (let j = 0; j < dim; j++) {
      const v = vectors[j]!;
      let c = 0;
      for (let p = 0; p < dim; p++) c += v[p]! * (w[p]! - best[p]!);
      s += values[j]! * c * c;
    }
    return lowest + 0.5 * s;
  };
}
