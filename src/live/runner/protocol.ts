import { verdictProblem } from "./verdict";
import type { PanelAxes } from "../figure/axes";
import { drawableFigure } from "../figure/prepare-figure";
import type { ConsoleOutput } from "./console-capture";
import { MAX_MESSAGE_LENGTH, MAX_NOTES, type FailureKind, type SnippetError, type SnippetResult } from "./run-result";

/**
 * The messages between the main thread and the runner's worker, and their checks. Both sides treat
 * what arrives as untrusted: a message that does not match is dropped (by the worker) or reported
 * and the worker replaced (by the main thread). They talk over a MessagePort the worker keeps out of
 * the snippet's reach; the worker's own `postMessage` is not listened to.
 */

/** The name of a worker started ahead of need: it warms itself up before it is connected. */
export const SPARE_WORKER_NAME = "descent-runner-spare";

/** Main thread → worker, once, with the port to talk over (transferred). */
export interface ConnectMessage {
  type: "connect";
}

/** Main thread → worker: run this code (and an exercise's check on it). */
export interface RunRequest {
  type: "run";
  id: number;
  code: string;
  check?: string;
  /** A predict exercise's committed answer, given to its check. */
  answer?: string;
  /**
   * Run it first at this fraction of its steps (0 < draft < 1) and post that coarse result, then run
   * it whole: for code whose last run took longer than a frame.
   */
  draft?: number;
}

/** Worker → main thread. */
export type WorkerMessage =
  /** Loaded and listening. */
  | { type: "ready" }
  /** Run `id` has begun (its time limit starts now). */
  | { type: "started"; id: number }
  /**
   * What run `id` is doing, so that a time limit reached now is blamed on the right party: its
   * exercise's check, or the student's code (`what`, "step", called or read) the check is running.
   */
  | { type: "phase"; id: number; phase: "check" }
  | { type: "phase"; id: number; phase: "student"; what: string; how: "call" | "read" }
  /** What run `id` gave; `clean` is false when the run changed the worker's shared state. */
  | { type: "result"; id: number; result: SnippetResult; clean: boolean; note?: string }
  /** Run `id`'s coarse result (at `fraction` of its steps); its whole result follows. */
  | { type: "coarse"; id: number; result: SnippetResult; fraction: number }
  /**
   * After run `id`'s result, from a task of its own: nothing of the run is still running (a loop of
   * promises would have kept this task from running). `clean` is false when what ran after the
   * result changed the worker's shared state (said in `note`).
   */
  | { type: "idle"; id: number; clean: boolean; note?: string }
  /** Run `id` left a promise that failed after its result was sent. */
  | { type: "late"; id: number; error: SnippetError };

/** Most characters of the code a run may carry. */
export const MAX_CODE_LENGTH = 1_000_000;
/** Bounds on what a result may carry back: notes, console lines, message and line lengths. */
const MAX_LINES = 200;
const MAX_TEXT = MAX_MESSAGE_LENGTH;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v > 0;
const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === "string" && v.length <= max;
const isPlace = (v: unknown) => v === undefined || (typeof v === "number" && Number.isSafeInteger(v) && v >= 1);
const isFraction = (v: unknown): v is number => typeof v === "number" && v > 0 && v < 1;
const KINDS: readonly FailureKind[] = ["syntax", "runtime", "figure", "timeout", "crash", "check", "refused"];

/** A run request as the worker accepts it, or undefined. */
export function parseRunRequest(data: unknown): RunRequest | undefined {
  if (!isRecord(data) || data.type !== "run" || !isId(data.id) || !isText(data.code, MAX_CODE_LENGTH)) return undefined;
  if (data.check !== undefined && !isText(data.check, MAX_CODE_LENGTH)) return undefined;
  if (data.answer !== undefined && !isText(data.answer)) return undefined;
  if (data.draft !== undefined && !isFraction(data.draft)) return undefined;
  return {
    type: "run",
    id: data.id,
    code: data.code,
    ...(data.check !== undefined ? { check: data.check } : {}),
    ...(data.answer !== undefined ? { answer: data.answer } : {}),
    ...(data.draft !== undefined ? { draft: data.draft } : {}),
  };
}

function isConsoleOutput(v: unknown): v is ConsoleOutput {
  if (!isRecord(v) || !Array.isArray(v.lines) || v.lines.length > MAX_LINES) return false;
  if (typeof v.dropped !== "number" || !Number.isSafeInteger(v.dropped) || v.dropped < 0) return false;
  return v.lines.every(
    (l) => isRecord(l) && (l.level === "log" || l.level === "warn" || l.level === "error") && isText(l.text),
  );
}

/**
 * A result the main thread can show, with the axes of its figure's panels (computed once, here), or
 * why it is not one. Figures are checked as drawable.
 */
export function checkResult(v: unknown): { axes?: PanelAxes[] } | { problem: string } {
  if (!isRecord(v) || typeof v.ok !== "boolean") return { problem: "not a result" };
  if (!isConsoleOutput(v.console)) return { problem: "its console output is malformed" };
  if (typeof v.ms !== "number" || !Number.isFinite(v.ms)) return { problem: "its time is not a number" };
  if (!v.ok) {
    const problem = errorProblem(v.error);
    return problem ? { problem } : {};
  }
  if (!Array.isArray(v.notes) || v.notes.length > MAX_NOTES || !v.notes.every((n) => isText(n))) {
    return { problem: "its notes are malformed" };
  }
  if (v.verdict !== undefined) {
    const problem = verdictProblem(v.verdict);
    if (problem) return { problem: `its verdict is malformed (${problem})` };
  }
  if (v.figure === undefined) return {};
  const drawable = drawableFigure(v.figure);
  return drawable.ok ? { axes: drawable.axes } : { problem: drawable.reason };
}

function errorProblem(error: unknown): string | undefined {
  if (!isRecord(error) || !KINDS.includes(error.kind as FailureKind) || !isText(error.message)) {
    return "its error is malformed";
  }
  if (!isPlace(error.line) || !isPlace(error.column)) return "its error's place is malformed";
  return undefined;
}

/** A result as the main thread accepts it: with its figure's axes. */
export type ShownResult = SnippetResult & { axes?: PanelAxes[] };

/** A message from the worker as the main thread accepts it (results with their axes), or why it does not. */
export type AcceptedMessage =
  | Exclude<WorkerMessage, { type: "result" | "coarse" }>
  | { type: "result"; id: number; result: ShownResult; clean: boolean; note?: string }
  | { type: "coarse"; id: number; result: ShownResult; fraction: number };

export function parseWorkerMessage(data: unknown): AcceptedMessage | { problem: string } {
  if (!isRecord(data)) return { problem: "a message that is not an object" };
  if (data.type === "ready") return { type: "ready" };
  if (data.type === "started" && isId(data.id)) return { type: "started", id: data.id };
  if (data.type === "phase" && isId(data.id)) {
    if (data.phase === "check") return { type: "phase", id: data.id, phase: "check" };
    if (data.phase === "student" && isText(data.what, 200) && (data.how === "call" || data.how === "read"))
      return { type: "phase", id: data.id, phase: "student", what: data.what, how: data.how };
    return { problem: "a phase of no known kind" };
  }
  if (data.type === "idle" && isId(data.id) && typeof data.clean === "boolean") {
    if (data.note !== undefined && !isText(data.note)) return { problem: "an idle message with a malformed note" };
    return {
      type: "idle",
      id: data.id,
      clean: data.clean,
      ...(typeof data.note === "string" ? { note: data.note } : {}),
    };
  }
  if (
    (data.type === "result" && typeof data.clean === "boolean") ||
    (data.type === "coarse" && isFraction(data.fraction))
  ) {
    if (!isId(data.id)) return { problem: "a result without a run" };
    const checked = checkResult(data.result);
    if ("problem" in checked) return { problem: `a result that cannot be shown (${checked.problem})` };
    const result = { ...(data.result as SnippetResult), ...checked } as ShownResult;
    if (data.type === "coarse") return { type: "coarse", id: data.id, result, fraction: data.fraction as number };
    if (data.note !== undefined && !isText(data.note)) return { problem: "a result with a malformed note" };
    const note = data.note as string | undefined;
    return { type: "result", id: data.id, result, clean: data.clean as boolean, ...(note ? { note } : {}) };
  }
  if (data.type === "late" && isId(data.id)) {
    const problem = errorProblem(data.error);
    return problem
      ? { problem: `a late error that cannot be shown (${problem})` }
      : { type: "late", id: data.id, error: data.error as SnippetError };
  }
  return { problem: "a message of no known kind" };
}
