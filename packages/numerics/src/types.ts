/** A point in parameter space: any array-like of numbers. Methods copy it; they never keep it. */
export type Point = ArrayLike<number>;

/**
 * A differentiable loss L: ℝᵈ → ℝ.
 *
 * `grad` and `hvp` write into `out` when it is given (no allocation) and return it; otherwise they
 * return a fresh array.
 */
export interface Objective {
  /** The dimension d of the parameter space. */
  readonly dim: number;
  /** L(x). */
  value(x: Point): number;
  /** ∇L(x). */
  grad(x: Point, out?: Float64Array): Float64Array;
  /** The Hessian-vector product ∇²L(x)·v. */
  hvp(x: Point, v: Point, out?: Float64Array): Float64Array;
}

/** An objective of the form ½xᵀAx with a known symmetric matrix A, so closed forms apply. */
export interface QuadraticObjective extends Objective {
  readonly kind: "quadratic";
  /** The eigenvalues of A, ascending. */
  readonly eigenvalues: Float64Array;
  /** The eigenvectors of A: `eigenvectors[k]` belongs to `eigenvalues[k]` (orthonormal). */
  readonly eigenvectors: Float64Array[];
  /** When A is diagonal: its diagonal, so closed forms need no eigenvectors (any dimension). */
  readonly diagonal?: Float64Array;
}

/** A loss that is a mean over examples, Lᵢ, so that a batch of them estimates the gradient (for SGD). */
export interface FiniteSumObjective extends Objective {
  /** The number of examples N; L = (1/N) Σᵢ Lᵢ. */
  readonly size: number;
  /**
   * Writes the mean gradient over the examples `indices[0 … count−1]`, (1/count) Σ ∇Lᵢ(x), into `out`.
   * The indices are summed in the order given.
   */
  batchGrad(x: Point, indices: ArrayLike<number>, count: number, out: Float64Array): Float64Array;
}

/** Whether `obj` is a quadratic ½xᵀAx whose eigen-decomposition is known (so closed forms apply). */
export function isQuadratic(obj: Objective): obj is QuadraticObjective {
  return (obj as Partial<QuadraticObjective>).kind === "quadratic";
}
