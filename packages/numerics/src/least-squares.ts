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
  const batchGrad = (w: ArrayLike<number>, indices: ArrayLike<number>, count: number, out: Float64Array) => {
    out.fill(0);
    for (let b = 0; b < count; b++) {
      const i = indices[b]!;
      const r = residual(i, w);
      for (let j = 0; j < dim; j++) out[j]! += r * x[i * dim + j]!;
    }
    for (let j = 0; j < dim; j++) out[j] = out[j]! / count;
    return out;
  };
  const all = Int32Array.from({ length: size }, (_, i) => i);
  return {
    dim,
    size,
    value: (w) => {
      let s = 0;
      for (let i = 0; i < size; i++) s += residual(i, w) ** 2;
      return (0.5 * s) / size;
    },
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
