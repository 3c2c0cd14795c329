/** Small dense linear algebra on plain arrays: what the closed forms for quadratics need. */

/** The dot product Σᵢ aᵢbᵢ. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** The Euclidean norm ‖a‖ = √(Σᵢ aᵢ²). */
export function norm(a: ArrayLike<number>): number {
  return Math.sqrt(dot(a, a));
}

/**
 * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations: A = V Λ Vᵀ.
 * Returns the eigenvalues ascending with their orthonormal eigenvectors. O(d³) per sweep; meant
 * for the small matrices of the course (d up to a few hundred).
 */
export function symmetricEigen(matrix: readonly (readonly number[])[]): {
  values: Float64Array;
  vectors: Float64Array[];
} {
  const n = matrix.length;
  const a = matrix.map((row) => Float64Array.from(row));
  const v = Array.from({ length: n }, (_, i) => {
    const row = new Float64Array(n);
    row[i] = 1;
    return row;
  });
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p]![q]! ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p]![q]!;
        if (Math.abs(apq) < 1e-300) continue;
        // The rotation angle that zeroes a[p][q]: tan 2φ = 2a_pq / (a_qq − a_pp).
        const tau = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = Math.sign(tau || 1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k]![p]!;
          const akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p]![k]!;
          const aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k]![p]!;
          const vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[i]![i]! - a[j]![j]!);
  const values = Float64Array.from(order, (i) => a[i]![i]!);
  const vectors = order.map((i) => Float64Array.from({ length: n }, (_, k) => v[k]![i]!));
  return { values, vectors };
}

/**
 * The eigenvalues alone of the symmetric n×n matrix stored row by row in `a`, ascending, by the same
 * cyclic Jacobi rotations as `symmetricEigen`, working in place on `a` (which it overwrites) and writing
 * into `out`. No eigenvectors and no allocation: what measuring the sharpness at every step of a run
 * needs. Stops when the off-diagonal part is below 10⁻³⁰ of the whole matrix, squared (a relative test,
 * so a matrix with large entries does not spin through every sweep).
 *
 * @example symmetricEigenvalues(Float64Array.of(2, 1, 1, 2), 2) // Float64Array [1, 3] (to rounding)
 */
export function symmetricEigenvalues(
  a: Float64Array,
  n: number,
  out: Float64Array = new Float64Array(n),
): Float64Array {
  let whole = 0;
  for (let i = 0; i < n * n; i++) whole += a[i]! * a[i]!;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2;
    if (!(off > 1e-30 * whole)) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        // The rotation angle that zeroes a[p][q]: tan 2φ = 2a_pq / (a_qq − a_pp).
        const tau = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(tau || 1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
      }
    }
  }
  for (let i = 0; i < n; i++) out[i] = a[i * n + i]!;
  return out.sort();
}
