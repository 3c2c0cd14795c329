import { prepareFigure } from "../figure/prepare-figure";
import { evaluateSnippet, type ModuleTable } from "./evaluate-snippet";
import { failure, type SnippetResult } from "./run-result";

/**
 * One run of a snippet, as the worker does it and as the build does it for the book's figure:
 * evaluate the code, then check and ready its figure for drawing.
 */
export function runSnippet(
  source: string,
  modules: ModuleTable,
  now: () => number = () => performance.now(),
): SnippetResult {
  const evaluation = evaluateSnippet(source, modules, now);
  if (!evaluation.ok) return evaluation;
  const prepared = prepareFigure(evaluation.exported);
  if (!prepared.ok) return failure("figure", prepared.reason, { console: evaluation.console, ms: evaluation.ms });
  return { ok: true, figure: prepared.figure, notes: prepared.notes, console: evaluation.console, ms: evaluation.ms };
}
