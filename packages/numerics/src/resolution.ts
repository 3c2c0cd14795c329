/**
 * The resolution runs are computed at. Normally whole: every method takes the steps it is asked for.
 * For a coarse first result of code that takes longer than a frame, the site's worker runs the code
 * once at a fraction f < 1 (around the run, never from student code): each method then takes
 * ⌈f·steps⌉ of its steps (so the run covers the first f of its time), gradient flow integrates at a
 * looser tolerance, and level sets are sampled on a grid √f as fine (at least 20 a side). Then it
 * runs the code again whole.
 */
let fraction = 1;

/**
 * Runs `compute` with every method at `f` of its resolution (0 < f ≤ 1).
 *
 * @example atResolution(0.25, () => gradientDescent(quadratic(1), { x0: 1, eta: 0.1, steps: 100 }).t.length) // → 26
 */
export function atResolution<T>(f: number, compute: () => T): T {
  if (!(f > 0 && f <= 1)) throw new RangeError(`a resolution is a fraction in (0, 1], received ${f}`);
  const before = fraction;
  fraction = f;
  try {
    return compute();
  } finally {
    fraction = before;
  }
}

/** The steps a method takes of the `steps` asked for: all of them, or ⌈f·steps⌉ at a coarse resolution f. */
export const resolvedSteps = (steps: number): number => (fraction === 1 ? steps : Math.ceil(steps * fraction));

/** A level-set grid of `n` samples a side at the current resolution. */
export const resolvedGrid = (n: number): number =>
  fraction === 1 ? n : Math.max(Math.min(n, 20), Math.round(n * Math.sqrt(fraction)));

/** An integrator's tolerance at the current resolution: 10⁻⁶ at the most when coarse. */
export const resolvedTolerance = (tolerance: number): number =>
  fraction === 1 ? tolerance : Math.max(tolerance, 1e-6);
