import { runSnippet } from "./run-snippet";
import type { ModuleTable } from "./evaluate-snippet";

/** Code like a block's: imports, a run, a figure of two panels (TypeScript, so the type stripper works too). */
export const SAMPLE = [
  'import { figure, gradientDescent, gradientFlow, lineOf, panel, pointsOf, quadratic } from "@descent/numerics";',
  "const eta: number = 0.5; // step size η, range 0.05 .. 1.9",
  "const loss = quadratic([[3, 1], [1, 2]]);",
  "const gd = gradientDescent(loss, { x0: [1.2, -0.8], eta: eta / 3, steps: 40 });",
  "const flow = gradientFlow(loss, { x0: [1.2, -0.8], T: (40 * eta) / 3, samples: 120 });",
  "console.log(`loss ${gd.loss[gd.loss.length - 1].toExponential(2)}`);",
  "const lossOf = { y: 'loss' as const };",
  "export default figure({",
  "  panels: [",
  '    panel({ x: "t", y: "θ₁", series: [lineOf("flow", flow), pointsOf("GD", gd)] }),',
  '    panel({ x: "t", y: { label: "L", log: true }, series: [',
  '      lineOf("flow", flow, lossOf), pointsOf("GD", gd, lossOf)',
  "    ] }),",
  "  ],",
  "});",
].join("\n");

/** Runs of the sample that make the worker's first real run fast (its type stripper and numerics compiled). */
const RUNS = 12;

/**
 * Warms a spare worker up before it is needed: its first runs of a block's code would otherwise take
 * several times longer than the later ones (nothing compiled yet), and those are the first keys a
 * student types. One run a task (`later` queues the next), so a block that takes the worker meanwhile
 * is not kept waiting: the returned function stops the rest.
 */
export function warmUp(modules: ModuleTable, later: (next: () => void) => number, cancel: (id: number) => void) {
  let run = 0;
  let queued = 0;
  const next = () => {
    runSnippet(SAMPLE.replace("0.5", String(0.5 + run / 100)), modules);
    if (++run < RUNS) queued = later(next);
  };
  queued = later(next);
  return () => cancel(queued);
}
