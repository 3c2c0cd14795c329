import { transform } from "sucrase";
import { checkFigure, type Figure } from "@descent/numerics";
import { ConsoleCapture, type ConsoleOutput } from "./console-capture";
import { downsample } from "./downsample";

/** Points per series the chart is given at most; longer series are downsampled (the data stays exact in the snippet). */
export const MAX_POINTS_PER_SERIES = 4000;

/** Where a snippet went wrong, in the student's own line and column (1-based). */
export interface SnippetError {
  kind: "syntax" | "runtime" | "figure" | "timeout" | "crash";
  message: string;
  line?: number;
  column?: number;
}

export type SnippetResult =
  | { ok: true; figure: Figure; notes: string[]; console: ConsoleOutput; ms: number }
  | { ok: false; error: SnippetError; console: ConsoleOutput; ms: number };

/** The modules a snippet may import, by name. */
export type ModuleTable = Record<string, unknown>;

const SOURCE_NAME = "descent-snippet.ts";
const PARAMS = ["require", "exports", "module", "console"] as const;

/** Lines that `new Function` puts before the body: measured once, not assumed, since engines differ. */
let headerLines: number | undefined;
function functionHeaderLines(): number {
  if (headerLines !== undefined) return headerLines;
  try {
    new Function(...PARAMS, `throw new Error()\n//# sourceURL=${SOURCE_NAME}`)();
  } catch (e) {
    headerLines = (locate(e, 0)?.line ?? 1) - 1;
  }
  return headerLines ?? 0;
}

/** The snippet's line and column in an error's stack, shifted back by the function's header. */
function locate(error: unknown, offset: number): { line: number; column: number } | undefined {
  const stack = error instanceof Error ? String(error.stack ?? "") : "";
  const match = new RegExp(`${SOURCE_NAME.replace(".", "\\.")}:(\\d+):(\\d+)`).exec(stack);
  if (!match) return undefined;
  return { line: Number(match[1]) - offset, column: Number(match[2]) };
}

/**
 * Runs a live-code snippet: strips its TypeScript (sucrase, which keeps line numbers), links its
 * imports to `modules`, runs it with a captured console, and checks that its default export is
 * figure data. Never throws: every failure comes back as a `SnippetError` with a place when known.
 */
export function runSnippet(source: string, modules: ModuleTable, now: () => number = () => performance.now()): SnippetResult {
  const started = now();
  const capture = new ConsoleCapture();
  const fail = (error: SnippetError): SnippetResult => ({ ok: false, error, console: capture.output(), ms: now() - started });

  let js: string;
  try {
    js = transform(source, { transforms: ["typescript", "imports"], filePath: SOURCE_NAME }).code;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const place = /\((\d+):(\d+)\)\s*$/.exec(message);
    return fail({
      kind: "syntax",
      message: message.replace(/^Error transforming [^:]*: /, "").replace(/\s*\(\d+:\d+\)\s*$/, ""),
      ...(place ? { line: Number(place[1]), column: Number(place[2]) } : {}),
    });
  }

  const require = (name: string): unknown => {
    if (Object.hasOwn(modules, name)) return modules[name];
    throw new Error(`a live block can import only ${Object.keys(modules).map((m) => `"${m}"`).join(", ")}, not "${name}"`);
  };
  const module = { exports: {} as Record<string, unknown> };
  let run: (...args: unknown[]) => unknown;
  try {
    run = new Function(...PARAMS, `${js}\n//# sourceURL=${SOURCE_NAME}`) as (...args: unknown[]) => unknown;
  } catch (e) {
    return fail({ kind: "syntax", message: e instanceof Error ? e.message : String(e) });
  }
  try {
    run(require, module.exports, module, capture.console());
  } catch (e) {
    const place = locate(e, functionHeaderLines());
    const message = e instanceof Error ? `${e.name}: ${e.message}` : `the snippet threw ${String(e)}`;
    return fail({ kind: "runtime", message, ...place });
  }

  const exported = module.exports.default;
  if (exported === undefined) {
    return fail({ kind: "figure", message: "the snippet has no default export: end it with `export default figure({ panels: [...] })`" });
  }
  const problem = checkFigure(exported);
  if (problem) return fail({ kind: "figure", message: problem });

  const figure = exported as Figure;
  const notes: string[] = [];
  const drawn: Figure = {
    ...figure,
    panels: figure.panels.map((panel) => ({
      ...panel,
      series: panel.series.map((series) => {
        if (series.diverged) notes.push(`“${series.label}” diverged at step ${series.diverged.step}: its values overflowed, so it stops there`);
        if (series.x.length <= MAX_POINTS_PER_SERIES) return series;
        notes.push(`“${series.label}” has ${series.x.length.toLocaleString("en")} points; ${MAX_POINTS_PER_SERIES.toLocaleString("en")} are drawn`);
        return { ...series, ...downsample(series.x, series.y, MAX_POINTS_PER_SERIES) };
      }),
    })),
  };
  return { ok: true, figure: drawn, notes, console: capture.output(), ms: now() - started };
}
