import { prepareFigure } from "../figure/prepare-figure";
import { evaluateSnippet, type ModuleTable } from "./evaluate-snippet";
import { runCheck } from "./run-check";
import { failure, type SnippetResult } from "./run-result";

export interface RunOptions {
  /** An exercise's check: run on the code's exports after the code, its verdict returned with the result. */
  check?: string;
  /** Called between the code and its check (the worker tells the main thread, so a check that loops is blamed). */
  checking?: () => void;
  /** A predict exercise's committed answer, given to the check as `answer` beside the code's exports. */
  answer?: string;
}

/**
 * One run of a snippet, as the worker does it and as the build does it for the book's figure:
 * evaluate the code, check and ready its figure for drawing, and run an exercise's check on it. An
 * exercise's code may draw a figure or not; a block's must.
 */
export function runSnippet(
  source: string,
  modules: ModuleTable,
  now: () => number = () => performance.now(),
  options: RunOptions = {},
): SnippetResult {
  const evaluation = evaluateSnippet(source, modules, now, { default: options.check ? "optional" : "required" });
  if (!evaluation.ok) return evaluation;
  const { console, ms } = evaluation;
  let figure;
  let notes: string[] = [];
  if (evaluation.exported !== undefined) {
    const prepared = prepareFigure(evaluation.exported);
    if (!prepared.ok) return failure("figure", prepared.reason, { console, ms });
    ({ figure, notes } = prepared);
  }
  if (!options.check) return { ok: true, figure: figure!, notes, console, ms };
  options.checking?.();
  const given = options.answer === undefined ? evaluation.exports : { ...evaluation.exports, answer: options.answer };
  const verdict = runCheck(options.check, modules, given);
  return { ok: true, ...(figure ? { figure } : {}), notes, console, ms, verdict };
}
