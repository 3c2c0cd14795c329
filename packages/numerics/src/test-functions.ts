import type { Objective } from "./types";
import { checkNumber } from "./validate";

/**
 * A one-dimensional "hilly terrain" with two valleys:
 *
 *   L(w) = w⁴/4 − w² + 0.3w,   L′(w) = w³ − 2w + 0.3,   L″(w) = 3w² − 2.
 *
 * The deep (global) minimum is near w ≈ −1.48 (L ≈ −1.43), the shallow (local) one near
 * w ≈ 1.33 (L ≈ −0.59), with a hilltop between them near w ≈ 0.15. A ball released left of the
 * hilltop (point A, w = −2.2) finds the deep valley; one released right of it (point B, w = 2)
 * settles in the shallow one.
 */
export function hillyTerrain(): Objective & { readonly start: { readonly A: number; readonly B: number } } {
  return {
    dim: 1,
    value: (x) => {
      const w = x[0]!;
      return (w * w * w * w) / 4 - w * w + 0.3 * w;
    },
    grad: (x, out = new Float64Array(1)) => {
      const w = x[0]!;
      out[0] = w * w * w - 2 * w + 0.3;
      return out;
    },
    hvp: (x, v, out = new Float64Array(1)) => {
      const w = x[0]!;
      out[0] = (3 * w * w - 2) * v[0]!;
      return out;
    },
    start: { A: -2.2, B: 2 },
  };
}

/**
 * Rosenbrock's banana valley L(x, y) = (a − x)² + b(y − x²)², minimum 0 at (a, a²):
 *
 *   ∇L = (−2(a − x) − 4bx(y − x²), 2b(y − x²)),
 *   ∇²L = [[2 − 4b(y − x²) + 8bx², −4bx], [−4bx, 2b]].
 */
export function rosenbrock(options: { a?: number; b?: number } = {}): Objective {
  const a = checkNumber("a", options.a ?? 1);
  const b = checkNumber("b", options.b ?? 100);
  return {
    dim: 2,
    value: (p) => (a - p[0]!) ** 2 + b * (p[1]! - p[0]! ** 2) ** 2,
    grad: (p, out = new Float64Array(2)) => {
      const x = p[0]!;
      const r = p[1]! - x * x;
      out[0] = -2 * (a - x) - 4 * b * x * r;
      out[1] = 2 * b * r;
      return out;
    },
    hvp: (p, v, out = new Float64Array(2)) => {
      const x = p[0]!;
      const r = p[1]! - x * x;
      const hxx = 2 - 4 * b * r + 8 * b * x * x;
      const hxy = -4 * b * x;
      out[0] = hxx * v[0]! + hxy * v[1]!;
      out[1] = hxy * v[0]! + 2 * b * v[1]!;
      return out;
    },
  };
}
