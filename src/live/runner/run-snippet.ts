import { prepareFigure } from "../figure/prepare-figure";
import { evaluateSnippet, type ModuleTable } from "./evaluate-snippet";
import { readFigure } from "./read-figure";
import { runCheck } from "./run-check";
import { failure, MAX_NOTES, type SnippetResult } from "./run-result";
import type { StudentHooks } from "./student-values";
import { describeThrown } from "./thrown-value";

export interface RunOptions {
  /** An exercise's check: run on the code's exports after the code, its verdict returned with the result. */
  check?: string;
  /** A predict exercise's committed answer, given to the check as `answer` beside the code's exports. */
  answer?: string;
  /**
   * What the run changed of what every run shares, asked after the code (and its figure was read)
   * and before its check: a run that changed anything is not judged.
   */
  changed?: () => string | undefined;
  /** Told when the check starts, and each time it runs the student's code (a call, a getter) and that returns. */
  checking?: { start(): void } & StudentHooks;
  /** Whether a value was there before any run (a built-in): not the student's code. */
  isShared?: (value: object) => boolean;
}

/** The sentence for a run that changed what every run shares, and so is not judged. */
export const notJudged = (changed: string) =>
  `the code changed ${changed}, which every run shares and the exercise's check relies on: it was not judged ` +
  "(the runner was restarted, so the next run starts clean)";

/** At most `MAX_NOTES` notes: the first ones, and how many more there were. */
export function boundNotes(notes: string[]): string[] {
  if (notes.length <= MAX_NOTES) return notes;
  const kept = notes.slice(0, MAX_NOTES - 1);
  return [...kept, `(${(notes.length - kept.length).toLocaleString("en")} more notes like these are left out)`];
}

/**
 * One run of a snippet, as the worker does it and as the build does it for the book's figure:
 * evaluate the code, read, check and ready its figure for drawing, and run an exercise's check on
 * it. An exercise's code may draw a figure or not; a block's must.
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
    const read = readFigure(evaluation.exported);
    if (!read.ok) {
      const place = evaluation.placeOf(read.thrown) ?? { line: evaluation.defaultLine };
      return failure("runtime", `reading ${read.reading} threw ${describeThrown(read.thrown)}`, {
        ...place,
        console,
        ms,
      });
    }
    const prepared = prepareFigure(read.figure);
    if (!prepared.ok) return failure("figure", prepared.reason, { console, ms });
    figure = prepared.figure;
    notes = boundNotes([...read.notes, ...prepared.notes]);
  }
  if (!options.check) return { ok: true, figure: figure!, notes, console, ms };
  const changed = options.changed?.();
  if (changed) return failure("runtime", notJudged(changed), { console, ms });
  options.checking?.start();
  const given = options.answer === undefined ? evaluation.exports : { ...evaluation.exports, answer: options.answer };
  const outcome = runCheck(options.check, modules, given, {
    enter: (what, how) => options.checking?.enter(what, how),
    leave: () => options.checking?.leave(),
    ...(options.isShared ? { isShared: options.isShared } : {}),
  });
  if ("theirs" in outcome) {
    return failure("runtime", outcome.theirs.message, { ...evaluation.placeOf(outcome.theirs.thrown), console, ms });
  }
  return { ok: true, ...(figure ? { figure } : {}), notes, console, ms, verdict: outcome.verdict };
}
