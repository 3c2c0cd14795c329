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

/**
 * The heavy ball's coordinate along a curvature λ, from rest (z₋₁ = z₀), in closed form: the
 * recurrence z_{k+1} = s z_k − β z_{k−1}, s = 1 + β − ηλ, solved by its characteristic roots. Complex
 * roots ρe^{±iφ}: z_k = ρᵏ(C cos kφ + D sin kφ); real distinct roots r₁, r₂: z_k = c₁r₁ᵏ + c₂r₂ᵏ; a
 * double root r: z_k = (c₁ + c₂k)rᵏ. The constants come from z₀ and z₋₁ = z₀.
 */
export function heavyBallCoordinate(eta: number, beta: number, lambda: number, z0: number, k: number): number {
  const s = 1 + beta - eta * lambda;
  const discriminant = s * s - 4 * beta;
  if (discriminant < -1e-14) {
    const rho = Math.sqrt(beta);
    const phi = Math.acos(s / (2 * rho));
    // z₋₁ = ρ⁻¹(C cos φ − D sin φ) = z₀ with C = z₀.
    const d = (z0 * Math.cos(phi) - rho * z0) / Math.sin(phi);
    return rho ** k * (z0 * Math.cos(k * phi) + d * Math.sin(k * phi));
  }
  if (Math.abs(discriminant) <= 1e-14) {
    const r = s / 2;
    // z₀ = c₁, z₋₁ = (c₁ − c₂)/r = z₀.
    const c2 = z0 - r * z0;
    return (z0 + c2 * k) * r ** k;
  }
  const r1 = (s + Math.sqrt(discriminant)) / 2;
  const r2 = (s - Math.sqrt(discriminant)) / 2;
  // c₁ + c₂ = z₀ and c₁/r₁ + c₂/r₂ = z₀.
  const c1 = (z0 * (1 / r2 - 1)) / (1 / r2 - 1 / r1);
  return c1 * r1 ** k + (z0 - c1) * r2 ** k;
}

/**
 * The damped oscillator z̈ + γż + λz = 0 from rest at z₀, in closed form: e^{−γt/2}(cos ωt + (γ/2ω) sin ωt)z₀
 * below critical damping (ω = √(λ − γ²/4)), (1 + γt/2)e^{−γt/2}z₀ at it, and the two real exponentials above.
 */
export function dampedOscillator(gamma: number, lambda: number, z0: number, t: number): number {
  const q = lambda - (gamma * gamma) / 4;
  if (q > 1e-14) {
    const omega = Math.sqrt(q);
    return Math.exp((-gamma * t) / 2) * (Math.cos(omega * t) + (gamma / (2 * omega)) * Math.sin(omega * t)) * z0;
  }
  if (q >= -1e-14) return (1 + (gamma * t) / 2) * Math.exp((-gamma * t) / 2) * z0;
  const root = Math.sqrt(-q);
  const [s1, s2] = [-gamma / 2 + root, -gamma / 2 - root];
  return ((s2 * Math.exp(s1 * t) - s1 * Math.exp(s2 * t)) / (s2 - s1)) * z0;
}

/** The Bessel function J₁(x) by its power series Σ (−1)ᵐ (x/2)^{2m+1} / (m!(m+1)!), to rounding for |x| ≲ 20. */
export function besselJ1(x: number): number {
  let term = x / 2;
  let sum = term;
  for (let m = 1; m < 80; m++) {
    term *= -((x / 2) ** 2) / (m * (m + 1));
    sum += term;
    if (Math.abs(term) < 1e-18 * Math.abs(sum)) break;
  }
  return sum;
}
