import type { Figure } from "@descent/numerics";
import type { Verdict } from "./verdict";
import type { ConsoleOutput } from "./console-capture";

/** What kind of thing went wrong in a run, as the student is told it. */
export type FailureKind = "syntax" | "runtime" | "figure" | "timeout" | "crash" | "check" | "refused";

/** Where a snippet went wrong, in the student's own line and column (1-based). */
export interface SnippetError {
  kind: FailureKind;
  message: string;
  line?: number;
  column?: number;
}

/**
 * What one run of a snippet gave: the figure to draw (with notes for the student; an exercise's code
 * may draw none) and an exercise check's verdict, or what went wrong.
 */
export type SnippetResult =
  | { ok: true; figure?: Figure; notes: string[]; console: ConsoleOutput; ms: number; verdict?: Verdict }
  | { ok: false; error: SnippetError; console: ConsoleOutput; ms: number };

export const NO_OUTPUT: ConsoleOutput = { lines: [], dropped: 0 };

/** Most characters of any message that crosses from the worker (the protocol refuses longer ones). */
export const MAX_MESSAGE_LENGTH = 2_000;
/** Most notes one result carries. */
export const MAX_NOTES = 50;

/** `text` cut to `max` characters, the cut marked with "…". */
export function clip(text: string, max = MAX_MESSAGE_LENGTH): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The one way a failed run is built, on either side of the worker (its message clipped to what may cross). */
export function failure(
  kind: FailureKind,
  message: string,
  details: { line?: number | undefined; column?: number | undefined; console?: ConsoleOutput; ms?: number } = {},
): SnippetResult {
  const error: SnippetError = { kind, message: clip(message) };
  if (details.line !== undefined) error.line = details.line;
  if (details.column !== undefined) error.column = details.column;
  return { ok: false, error, console: details.console ?? NO_OUTPUT, ms: details.ms ?? 0 };
}
