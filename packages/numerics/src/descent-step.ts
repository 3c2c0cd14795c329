/**
 * One step against a direction, in place: x ← x − η·g. Returns false when a coordinate overflowed
 * to NaN or ±Infinity (the caller then stops and reports divergence).
 */
export function descend(x: Float64Array, g: Float64Array, eta: number): boolean {
  let overflow = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]! - eta * g[i]!;
    x[i] = xi;
    overflow += xi - xi; // NaN exactly when some xi is NaN or ±Infinity
  }
  return overflow === 0;
}
