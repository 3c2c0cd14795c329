/**
 * A seeded pseudo-random number generator (mulberry32): the same seed gives the same stream, on
 * every machine, so an SGD figure in the book is reproducible.
 */
export interface Random {
  /** A uniform number in [0, 1). */
  next(): number;
  /** A uniform whole number in 0 … n−1. */
  int(n: number): number;
  /** A standard normal sample (Box–Muller). */
  normal(): number;
}

export function randomGenerator(seed: number): Random {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number, received ${seed}`);
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    normal: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
}

/** Shuffles `a` in place (Fisher–Yates) with `random`. */
export function shuffle(a: Int32Array | number[], random: Random): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const tmp = a[i]!;
    a[i] = a[j]!;
    a[j] = tmp;
  }
}
