// The bench's memory: `bench/baseline.json` holds the figures of an accepted run, by section and
// name. Each bench compares this run's figures of the current build with it and prints every one that
// got worse by more than 10 %; `BENCH_WRITE_BASELINE=1 npm run bench` makes this run the baseline
// (commit the file with the change it measures).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const FILE = join(import.meta.dirname, "baseline.json");
/** How much worse than the baseline a figure may get before it is called a regression. */
const TOLERANCE = 0.1;

/** A figure of a run: its value, and whether more is better (frames per second, a score) or worse (ms, bytes). */
export interface Figure {
  value: number;
  better: "higher" | "lower";
}

type Baseline = Record<string, Record<string, number>>;
const read = (): Baseline => (existsSync(FILE) ? (JSON.parse(readFileSync(FILE, "utf8")) as Baseline) : {});

/**
 * Compares a section's figures with the baseline and returns a report: each regression over 10 %, or
 * that there is none. With BENCH_WRITE_BASELINE set, the section is written as the new baseline.
 */
export function compareWithBaseline(section: string, figures: Record<string, Figure>): string {
  const baseline = read();
  const before = baseline[section] ?? {};
  const regressions: string[] = [];
  for (const [name, { value, better }] of Object.entries(figures)) {
    const old = before[name];
    if (old === undefined || !Number.isFinite(value) || !Number.isFinite(old) || old === 0) continue;
    const change = value / old - 1;
    const worse = better === "lower" ? change > TOLERANCE : change < -TOLERANCE;
    if (worse)
      regressions.push(
        `  ${name}: ${fmt(old)} → ${fmt(value)} (${change > 0 ? "+" : ""}${(change * 100).toFixed(0)} %)`,
      );
  }
  if (process.env.BENCH_WRITE_BASELINE) {
    baseline[section] = Object.fromEntries(Object.entries(figures).map(([name, f]) => [name, round(f.value)]));
    writeFileSync(FILE, `${JSON.stringify(baseline, null, 2)}\n`);
  }
  if (Object.keys(before).length === 0) return `${section}: no baseline yet (BENCH_WRITE_BASELINE=1 writes one)`;
  return regressions.length
    ? `${section}: ${regressions.length} figure(s) worse than the baseline by more than 10 %:\n` +
        regressions.join("\n")
    : `${section}: no figure worse than the baseline by more than 10 %`;
}

const round = (v: number) => Number(v.toPrecision(4));
const fmt = (v: number) => String(round(v));
