import { checkNumber, describe } from "./validate";

/**
 * The heavy ball on a quadratic, one eigenvalue at a time. Along an eigenvector of curvature λ the
 * coordinate z obeys z_{k+1} = (1 + β − ηλ)z_k − βz_{k−1}, that is
 *
 *   (z_{k+1}, z_k) = T (z_k, z_{k−1}),   T = [[1 + β − ηλ, −β], [1, 0]],
 *
 * whose eigenvalues are the roots of r² − (1 + β − ηλ)r + β = 0. Their product is β, so when they are
 * complex both have modulus √β; the larger modulus is the rate at which that coordinate shrinks.
 */

/**
 * The iteration matrix T of the heavy ball along an eigenvector of curvature λ, as rows.
 *
 * @example heavyBallMatrix(0.1, 0.5, 10) // [[0.5, -0.5], [1, 0]]
 */
export function heavyBallMatrix(eta: number, beta: number, lambda: number): number[][] {
  const [e, b, l] = checked(eta, beta, lambda);
  return [
    [1 + b - e * l, -b],
    [1, 0],
  ];
}

/**
 * The spectral radius of T: the larger modulus of the roots of r² − (1 + β − ηλ)r + β. With
 * s = 1 + β − ηλ, the roots are real when s² ≥ 4β, (s ± √(s² − 4β))/2, and complex of modulus √β
 * otherwise, so every curvature with (1 − √β)² < ηλ < (1 + √β)² shrinks at the same rate √β.
 *
 * @example heavyBallSpectralRadius(0.1, 0.5, 10) // 0.7071… (= √0.5: complex roots)
 */
export function heavyBallSpectralRadius(eta: number, beta: number, lambda: number): number {
  const [e, b, l] = checked(eta, beta, lambda);
  return radius(1 + b - e * l, b);
}

/**
 * The rate of the heavy ball on a quadratic whose curvatures are `eigenvalues`: the largest spectral
 * radius among them, so ‖θ_k − θ⋆‖ shrinks like rateᵏ (up to a factor of order k when roots coincide).
 * Over a whole interval of curvatures the worst is at an end, so `[λmin, λmax]` gives the rate on
 * every quadratic with that spectrum.
 *
 * @example heavyBallRate(0.25, 0.25, [1, 9]) // 0.5 (Polyak's best pair for κ = 9: (√9 − 1)/(√9 + 1))
 */
export function heavyBallRate(eta: number, beta: number, eigenvalues: number | ArrayLike<number>): number {
  const list = typeof eigenvalues === "number" ? [eigenvalues] : eigenvalues;
  if (typeof list !== "object" || list === null || typeof list.length !== "number" || list.length === 0) {
    throw new TypeError(`eigenvalues must be a number or a non-empty array of numbers, received ${describe(list)}`);
  }
  let worst = 0;
  for (let i = 0; i < list.length; i++) worst = Math.max(worst, heavyBallSpectralRadius(eta, beta, list[i]!));
  return worst;
}

/**
 * Polyak's choice for curvatures in [λmin, λmax]: the pair (η, β) that puts the whole interval in the
 * band where the roots are complex, (1 − √β)² = ηλmin and (1 + √β)² = ηλmax, so that every
 * curvature shrinks at √β:
 *
 *   η = 4/(√λmax + √λmin)²,   β = ((√κ − 1)/(√κ + 1))²,   rate = (√κ − 1)/(√κ + 1),   κ = λmax/λmin,
 *
 * against gradient descent's best (κ − 1)/(κ + 1).
 *
 * @example bestHeavyBall(1, 100) // { eta: 0.03305…, beta: 0.6694… (= (9/11)²), rate: 0.8181… (= 9/11) }
 */
export function bestHeavyBall(lambdaMin: number, lambdaMax: number): { eta: number; beta: number; rate: number } {
  const m = checkNumber("lambdaMin", lambdaMin, { positive: true });
  const M = checkNumber("lambdaMax", lambdaMax, { positive: true });
  if (m > M) throw new RangeError(`lambdaMin must be at most lambdaMax, received ${m} and ${M}`);
  const rate = (Math.sqrt(M) - Math.sqrt(m)) / (Math.sqrt(M) + Math.sqrt(m));
  return { eta: 4 / (Math.sqrt(M) + Math.sqrt(m)) ** 2, beta: rate * rate, rate };
}

/**
 * The critical momentum for one curvature λ at the step size η (ηλ ≤ 1): the β at which the two roots
 * meet, (1 − √β)² = ηλ, so β = (1 − √(ηλ))². Less momentum and the coordinate creeps in without
 * crossing zero; more and it rings. At the critical β it shrinks fastest, at 1 − √(ηλ) per step
 * (gradient descent: 1 − ηλ). The damping of the flow is then γ = 2√λ to first order in √η.
 *
 * @example criticalMomentum(0.04, 1) // 0.64 (= (1 − 0.2)²)
 */
export function criticalMomentum(eta: number, lambda: number): number {
  const e = checkNumber("eta", eta, { positive: true });
  const l = checkNumber("lambda", lambda, { positive: true });
  if (e * l > 1) throw new RangeError(`criticalMomentum needs ηλ ≤ 1, received η = ${e}, λ = ${l} (ηλ = ${e * l})`);
  return (1 - Math.sqrt(e * l)) ** 2;
}

function checked(eta: number, beta: number, lambda: number): [number, number, number] {
  return [checkNumber("eta", eta, { positive: true }), checkNumber("beta", beta), checkNumber("lambda", lambda)];
}

/** The larger modulus of the roots of r² − s r + β. */
function radius(s: number, beta: number): number {
  const discriminant = s * s - 4 * beta;
  if (discriminant < 0) return Math.sqrt(beta);
  // The root of larger modulus without cancellation: (s + sign(s)√D)/2; the other is β over it.
  const big = Math.abs(s + (s >= 0 ? 1 : -1) * Math.sqrt(discriminant)) / 2;
  return big === 0 ? 0 : Math.max(big, Math.abs(beta) / big);
}
