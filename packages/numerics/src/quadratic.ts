import { symmetricEigen } from "./linear-algebra";
import type { Point, QuadraticObjective } from "./types";
import { checkNumber, describe } from "./validate";

/**
 * The quadratic loss L(x) = ½ xᵀAx, with ∇L = Ax and ∇²L·v = Av.
 *
 * - `quadratic(λ)`: the one-dimensional bowl L(θ) = ½λθ² (λ a finite number).
 * - `quadratic(A)`: A a symmetric d×d matrix given as rows (number[][]).
 *
 * Being quadratic, it carries A's eigen-decomposition, which gives gradient flow in closed form,
 * x(t) = e^{−At}x₀ = V e^{−Λt} Vᵀ x₀.
 */
export function quadratic(curvature: number | readonly (readonly number[])[]): QuadraticObjective {
  if (typeof curvature === "number") {
    const lambda = checkNumber("lambda", curvature);
    return fromRows([[lambda]]);
  }
  if (!Array.isArray(curvature) || curvature.length === 0) {
    throw new TypeError(
      `quadratic takes a number λ or a symmetric matrix A (rows of numbers), received ${describe(curvature)}`,
    );
  }
  const n = curvature.length;
  curvature.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== n) {
      throw new RangeError(`A must be square: row ${i} should have ${n} entries, received ${describe(row)}`);
    }
    row.forEach((entry, j) => {
      if (typeof entry !== "number" || !Number.isFinite(entry)) {
        throw new RangeError(`A[${i}][${j}] must be a finite number, received ${describe(entry)}`);
      }
    });
  });
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const aij = curvature[i]![j]!;
      const aji = curvature[j]![i]!;
      if (Math.abs(aij - aji) > 1e-12 * Math.max(1, Math.abs(aij), Math.abs(aji))) {
        throw new RangeError(`A must be symmetric, received A[${i}][${j}] = ${aij} but A[${j}][${i}] = ${aji}`);
      }
    }
  }
  return fromRows(curvature);
}

function fromRows(rows: readonly (readonly number[])[]): QuadraticObjective {
  const n = rows.length;
  const a = new Float64Array(n * n);
  rows.forEach((row, i) => row.forEach((entry, j) => (a[i * n + j] = entry)));
  let eigen: { values: Float64Array; vectors: Float64Array[] } | undefined;
  const decomposition = () => (eigen ??= symmetricEigen(rows));
  const times = (x: Point, out: Float64Array): Float64Array => {
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += a[i * n + j]! * x[j]!;
      out[i] = s;
    }
    return out;
  };
  if (n === 1) {
    const lambda = a[0]!;
    return {
      kind: "quadratic",
      dim: 1,
      diagonal: Float64Array.of(lambda),
      value: (x) => 0.5 * lambda * x[0]! * x[0]!,
      grad: (x, out = new Float64Array(1)) => ((out[0] = lambda * x[0]!), out),
      hvp: (_x, v, out = new Float64Array(1)) => ((out[0] = lambda * v[0]!), out),
      get eigenvalues() {
        return decomposition().values;
      },
      get eigenvectors() {
        return decomposition().vectors;
      },
    };
  }
  return {
    kind: "quadratic",
    dim: n,
    value: (x) => {
      let s = 0;
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s += x[i]! * a[i * n + j]! * x[j]!;
      return 0.5 * s;
    },
    grad: (x, out = new Float64Array(n)) => times(x, out),
    hvp: (_x, v, out = new Float64Array(n)) => times(v, out),
    get eigenvalues() {
      return decomposition().values;
    },
    get eigenvectors() {
      return decomposition().vectors;
    },
  };
}

/**
 * The separable quadratic L(x) = ½ Σᵢ dᵢxᵢ² (A = diag(d)): any dimension, O(d) per gradient.
 * Its eigenvalues are the dᵢ and its eigenvectors the coordinate axes.
 */
export function diagonalQuadratic(diagonal: ArrayLike<number>): QuadraticObjective {
  if (!Array.isArray(diagonal) && !ArrayBuffer.isView(diagonal)) {
    throw new TypeError(`diagonal must be an array of numbers, received ${describe(diagonal)}`);
  }
  const n = diagonal.length;
  if (n === 0) throw new RangeError("diagonal must have at least one entry, received []");
  const d = Float64Array.from(diagonal, (v, i) => checkNumber(`diagonal[${i}]`, v));
  let eigen: { values: Float64Array; vectors: Float64Array[] } | undefined;
  const decomposition = () => {
    if (eigen) return eigen;
    const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => d[i]! - d[j]!);
    return (eigen = {
      values: Float64Array.from(order, (i) => d[i]!),
      vectors: order.map((i) => {
        const e = new Float64Array(n);
        e[i] = 1;
        return e;
      }),
    });
  };
  return {
    kind: "quadratic",
    dim: n,
    diagonal: d,
    value: (x) => {
      let s = 0;
      for (let i = 0; i < n; i++) s += d[i]! * x[i]! * x[i]!;
      return 0.5 * s;
    },
    grad: (x, out = new Float64Array(n)) => {
      for (let i = 0; i < n; i++) out[i] = d[i]! * x[i]!;
      return out;
    },
    hvp: (_x, v, out = new Float64Array(n)) => {
      for (let i = 0; i < n; i++) out[i] = d[i]! * v[i]!;
      return out;
    },
    get eigenvalues() {
      return decomposition().values;
    },
    get eigenvectors() {
      return decomposition().vectors;
    },
  };
}
