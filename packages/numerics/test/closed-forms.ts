/**
 * Closed forms the tests compare against, written independently of the package: the 2×2 symmetric
 * matrix A = [[a, b], [b, c]] has eigenvalues m ± r, m = (a + c)/2, r = √(((a − c)/2)² + b²), and
 * any analytic function φ(A) = Σₖ φ(λₖ) vₖvₖᵀ.
 */
export function applyMatrixFunction2(
  a: number,
  b: number,
  c: number,
  phi: (lambda: number) => number,
  x: [number, number],
): [number, number] {
  const m = (a + c) / 2;
  const r = Math.hypot((a - c) / 2, b);
  const out: [number, number] = [0, 0];
  for (const lambda of [m + r, m - r]) {
    // (A − λI)v = 0 ⇒ v ∝ (b, λ − a), or (λ − c, b) when that one vanishes.
    let v: [number, number] = Math.abs(b) > 1e-15 ? [b, lambda - a] : lambda === a ? [1, 0] : [0, 1];
    const n = Math.hypot(v[0], v[1]);
    v = [v[0] / n, v[1] / n];
    const coefficient = phi(lambda) * (v[0] * x[0] + v[1] * x[1]);
    out[0] += coefficient * v[0];
    out[1] += coefficient * v[1];
  }
  return out;
}

export const relativeError = (got: number, want: number): number =>
  Math.abs(got - want) / Math.max(Math.abs(want), 1e-300);
