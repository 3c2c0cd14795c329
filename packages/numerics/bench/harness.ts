/** A small timing harness: warm up, then the median of repeated runs; prints a table with ratios. */
export interface Pair {
  name: string;
  ours: () => unknown;
  handWritten: () => unknown;
}

function median(fn: () => unknown, runs: number, warmups: number): number {
  for (let i = 0; i < warmups; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function compare(
  pairs: Pair[],
  runs = 9,
  warmups = 3,
): { name: string; ours: number; hand: number; ratio: number }[] {
  const rows = pairs.map(({ name, ours, handWritten }) => {
    // Interleave so drift in machine load hits both sides alike.
    const a1 = median(handWritten, Math.ceil(runs / 2), warmups);
    const b1 = median(ours, Math.ceil(runs / 2), warmups);
    const a2 = median(handWritten, Math.ceil(runs / 2), 0);
    const b2 = median(ours, Math.ceil(runs / 2), 0);
    const hand = Math.min(a1, a2);
    const mine = Math.min(b1, b2);
    return { name, ours: mine, hand, ratio: mine / hand };
  });
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`\n${"benchmark".padEnd(width)}  @descent/numerics   hand-written   ratio`);
  for (const r of rows) {
    console.log(
      [
        r.name.padEnd(width),
        `${r.ours.toFixed(2).padStart(14)} ms`,
        `${r.hand.toFixed(2).padStart(10)} ms`,
        `${r.ratio.toFixed(2).padStart(5)}×`,
      ].join("  "),
    );
  }
  return rows;
}
