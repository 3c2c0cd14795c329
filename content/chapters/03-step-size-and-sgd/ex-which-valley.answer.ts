// The right answer of Exercise 3.1, from closed forms (read by the book's tests only, never shipped).
// Gradient descent on L(θ) = θ⁴/4 − θ² + 0.3θ is the map Φ(θ) = θ − ηL′(θ), with L′(θ) = θ³ − 2θ + 0.3.
// Its fixed points are the roots of L′; a fixed point θ* attracts when |Φ′(θ*)| = |1 − ηL″(θ*)| < 1.
// A 2-cycle p ≠ q, Φ(p) = q and Φ(q) = p: subtracting the two equations gives p² + pq + q² = K with
// K = 2(1 + η)/η; adding them gives, for s = p + q, the cubic s³ + (1 − 3K/2)s − 0.3 = 0. Then
// pq = s² − K and p, q = (s ± √(4K − 3s²))/2. The cycle attracts when |Φ′(p)Φ′(q)| < 1.

/** The real roots of s³ + Ps + Q = 0 when there are three (4P³ + 27Q² < 0), by the cosine formula. */
function cubicRoots(P: number, Q: number): number[] {
  const r = 2 * Math.sqrt(-P / 3);
  const phi = Math.acos(((3 * Q) / (2 * P)) * Math.sqrt(-3 / P)) / 3;
  return [0, 1, 2].map((j) => r * Math.cos(phi - (2 * Math.PI * j) / 3)).sort((a, b) => a - b);
}

const slope = (theta: number) => theta ** 3 - 2 * theta + 0.3; // L′
/** Φ′(θ) = 1 − ηL″(θ), L″(θ) = 3θ² − 2. */
const multiplier = (eta: number, theta: number) => 1 - eta * (3 * theta * theta - 2);

/** The bottoms of the two valleys and the ridge between them: L′ = θ³ − 2θ + 0.3 = 0. */
export const [deepBottom, ridge, shallowBottom] = cubicRoots(-2, 0.3);

/** The map's 2-cycles [p, q] (p < q) with real points, each with its multiplier Φ′(p)Φ′(q). */
export function twoCycles(eta: number): { points: [number, number]; multiplier: number }[] {
  const K = (2 * (1 + eta)) / eta;
  return cubicRoots(1 - (3 * K) / 2, -0.3)
    .filter((s) => 4 * K - 3 * s * s > 0)
    .map((s) => {
      const d = Math.sqrt(4 * K - 3 * s * s);
      const points: [number, number] = [(s - d) / 2, (s + d) / 2];
      return { points, multiplier: multiplier(eta, points[0]) * multiplier(eta, points[1]) };
    });
}

const eta = 0.5;
const start = -1.6;
// The deep valley's cycle: both points left of the ridge, and attracting.
const deepCycle = twoCycles(eta).find(({ points, multiplier }) => points[1] < ridge && Math.abs(multiplier) < 1);
// Where the orbit from the start goes: the map itself (not the exercise's code), against the closed forms.
let theta = start;
for (let k = 0; k < 400; k++) theta -= eta * slope(theta);
const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const ends =
  Math.abs(multiplier(eta, deepBottom)) < 1 && near(theta, deepBottom)
    ? 0
    : near(theta, shallowBottom)
      ? 1
      : deepCycle && deepCycle.points.some((p) => near(theta, p))
        ? 2
        : 3;
export default ends; // the choice's index
