import { gradientByDifferences, hvpByDifferences } from "./derivatives";
import type { Objective, Point } from "./types";
import { checkCount, checkFunction, checkOptions, describe } from "./validate";

export interface ObjectiveDefinition {
  /** The dimension d. */
  dim: number;
  /** L(x). */
  value: (x: Float64Array) => number;
  /** ∇L(x); derived from `value` by central differences when omitted. Return the gradient or fill `out`. */
  grad?: (x: Float64Array, out: Float64Array) => ArrayLike<number> | void;
  /** ∇²L(x)·v; derived from `grad` by central differences when omitted. Return it or fill `out`. */
  hvp?: (x: Float64Array, v: Float64Array, out: Float64Array) => ArrayLike<number> | void;
}

/**
 * Wraps a loss written by hand as an `Objective`: L(x) = value(x), ∇L = grad(x), ∇²L·v = hvp(x, v).
 * A missing `grad` or `hvp` is computed by five-point central differences (relative error ≲ 1e-9 on
 * smooth, well-scaled losses).
 *
 * @example objective({ dim: 1, value: ([w]) => w ** 4 / 4 - w ** 2 })
 */
export function objective(definition: ObjectiveDefinition): Objective {
  const def = checkOptions("objective(definition)", definition) as unknown as ObjectiveDefinition;
  const dim = checkCount("dim", def.dim);
  checkFunction("value", def.value);
  if (def.grad !== undefined) checkFunction("grad", def.grad);
  if (def.hvp !== undefined) checkFunction("hvp", def.hvp);
  const userValue = def.value;
  const userGrad = def.grad;
  const userHvp = def.hvp;

  const asArray = (x: Point): Float64Array => (x instanceof Float64Array ? x : Float64Array.from(x));
  const fill = (name: string, result: ArrayLike<number> | void, out: Float64Array): Float64Array => {
    if (result === undefined || result === out) return out;
    if (typeof result !== "object" || result === null || (result as ArrayLike<number>).length !== dim) {
      throw new TypeError(
        `${name} must return ${dim} number(s) or fill its out argument, returned ${describe(result)}`,
      );
    }
    for (let i = 0; i < dim; i++) out[i] = (result as ArrayLike<number>)[i]!;
    return out;
  };

  const value = (x: Point): number => userValue(asArray(x));
  const grad = (x: Point, out: Float64Array = new Float64Array(dim)): Float64Array =>
    userGrad ? fill("grad", userGrad(asArray(x), out), out) : gradientByDifferences(userValue, x, out);
  const hvp = (x: Point, v: Point, out: Float64Array = new Float64Array(dim)): Float64Array =>
    userHvp ? fill("hvp", userHvp(asArray(x), asArray(v), out), out) : hvpByDifferences(grad, x, v, out);
  return { dim, value, grad, hvp };
}

/** Checks that `obj` looks like an `Objective`, naming what is missing. */
export function checkObjective(name: string, obj: unknown): Objective {
  if (typeof obj !== "object" || obj === null) {
    throw new TypeError(`${name} must be an objective (see objective({ dim, value })), received ${describe(obj)}`);
  }
  const o = obj as Partial<Objective>;
  for (const key of ["value", "grad", "hvp"] as const) {
    if (typeof o[key] !== "function")
      throw new TypeError(`${name}.${key} must be a function, received ${describe(o[key])}`);
  }
  checkCount(`${name}.dim`, o.dim);
  return o as Objective;
}
