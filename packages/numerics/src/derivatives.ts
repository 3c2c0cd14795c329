/**
 * Derivatives from function values alone, for a student's objective that supplies no gradient or
 * no Hessian-vector product. Five-point central differences:
 *
 *   f′(x) ≈ [f(x−2h) − 8f(x−h) + 8f(x+h) − f(x+2h)] / (12h),   truncation error O(h⁴),
 *
 * with h = ε^{1/5}·max(1, |x|) balancing truncation against rounding (relative error ~1e-11 on
 * smooth, well-scaled functions).
 */

const STEP = Math.cbrt(Number.EPSILON) ** (3 / 5); // ε^{1/5} ≈ 7.4e-4

/** ∇f(x) by five-point central differences, one coordinate at a time. */
export function gradientByDifferences(
  f: (x: Float64Array) => number,
  x: ArrayLike<number>,
  out: Float64Array,
): Float64Array {
  const dim = x.length;
  const probe = Float64Array.from(x);
  for (let i = 0; i < dim; i++) {
    const xi = probe[i]!;
    const h = STEP * Math.max(1, Math.abs(xi));
    probe[i] = xi - 2 * h;
    const fm2 = f(probe);
    probe[i] = xi - h;
    const fm1 = f(probe);
    probe[i] = xi + h;
    const fp1 = f(probe);
    probe[i] = xi + 2 * h;
    const fp2 = f(probe);
    probe[i] = xi;
    out[i] = (fm2 - 8 * fm1 + 8 * fp1 - fp2) / (12 * h);
  }
  return out;
}

/**
 * ∇²f(x)·v as the directional derivative of the gradient along v, by five-point central
 * differences: [g(x−2hv̂) − 8g(x−hv̂) + 8g(x+hv̂) − g(x+2hv̂)] / (12h) · ‖v‖, with v̂ = v/‖v‖.
 */
export function hvpByDifferences(
  grad: (x: Float64Array, out: Float64Array) => Float64Array,
  x: ArrayLike<number>,
  v: ArrayLike<number>,
  out: Float64Array,
): Float64Array {
  const dim = x.length;
  let norm = 0;
  let scale = 0;
  for (let i = 0; i < dim; i++) {
    norm += v[i]! * v[i]!;
    scale = Math.max(scale, Math.abs(x[i]!));
  }
  norm = Math.sqrt(norm);
  if (norm === 0) return out.fill(0);
  const h = STEP * Math.max(1, scale);
  const probe = new Float64Array(dim);
  const g = new Float64Array(dim);
  out.fill(0);
  const weights = [1, -8, 8, -1];
  const offsets = [-2, -1, 1, 2];
  for (let s = 0; s < 4; s++) {
    for (let i = 0; i < dim; i++) probe[i] = x[i]! + (offsets[s]! * h * v[i]!) / norm;
    grad(probe, g);
    for (let i = 0; i < dim; i++) out[i]! += weights[s]! * g[i]!;
  }
  for (let i = 0; i < dim; i++) out[i] = (out[i]! * norm) / (12 * h);
  return out;
}
