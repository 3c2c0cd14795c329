import { hvpByDifferences } from "./derivatives";
import { checkObjective } from "./objective";
import { diagonalQuadratic, quadratic } from "./quadratic";
import { isQuadratic, type Objective } from "./types";
import { checkNumber } from "./validate";

/**
 * The modified loss of backward error analysis: the loss whose gradient flow follows gradient
 * descent with step η to second order,
 *
 *   L_η(x) = L(x) + (η/4)‖∇L(x)‖²,   ∇L_η = ∇L + (η/2) H∇L,   H = ∇²L,
 *
 * (Barrett & Dherin, "Implicit Gradient Regularization", 2021). On a quadratic ½xᵀAx it is the
 * quadratic ½xᵀ(A + ηA²/2)x, so closed forms still apply; otherwise its Hessian-vector product is
 * the central difference of its gradient.
 */
export function modifiedLoss(loss: Objective, eta: number): Objective {
  const f = checkObjective("loss", loss);
  checkNumber("eta", eta, { positive: true });
  const dim = f.dim;
  if (isQuadratic(f)) {
    if (f.diagonal) return diagonalQuadratic(Array.from(f.diagonal, (d) => d + (eta / 2) * d * d));
    const zero = new Float64Array(dim);
    const columns = Array.from({ length: dim }, (_, j) => {
      const e = new Float64Array(dim);
      e[j] = 1;
      return f.hvp(zero, e);
    });
    // (A + ηA²/2)ᵢⱼ, with A symmetric so column j of A is row j.
    const rows = Array.from({ length: dim }, (_, i) =>
      Array.from({ length: dim }, (_, j) => {
        let a2 = 0;
        for (let m = 0; m < dim; m++) a2 += columns[m]![i]! * columns[j]![m]!;
        return columns[j]![i]! + (eta / 2) * a2;
      }),
    );
    // Symmetrise away rounding so quadratic()'s symmetry check sees the exact symmetric matrix.
    for (let i = 0; i < dim; i++) for (let j = 0; j < i; j++) rows[i]![j] = rows[j]![i]!;
    return quadratic(rows);
  }
  const g = new Float64Array(dim);
  const hg = new Float64Array(dim);
  const value = (x: ArrayLike<number>): number => {
    f.grad(x, g);
    let squared = 0;
    for (let i = 0; i < dim; i++) squared += g[i]! * g[i]!;
    return f.value(x) + (eta / 4) * squared;
  };
  const grad = (x: ArrayLike<number>, out: Float64Array = new Float64Array(dim)): Float64Array => {
    f.grad(x, g);
    f.hvp(x, g, hg);
    for (let i = 0; i < dim; i++) out[i] = g[i]! + (eta / 2) * hg[i]!;
    return out;
  };
  const hvp = (x: ArrayLike<number>, v: ArrayLike<number>, out: Float64Array = new Float64Array(dim)): Float64Array =>
    hvpByDifferences(grad, x, v, out);
  return { dim, value, grad, hvp };
}
