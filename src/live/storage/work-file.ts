/**
 * A student's work as a file, to hand in or to take to another browser: every edited block's code
 * and every exercise's progress, as kept in this browser. A file that is not one of ours, is damaged
 * or far too large is refused with a reason; progress is taken only for exercises the book has; and
 * loading is all or nothing: a browser that runs out of room half-way gets back exactly what it had.
 */
import { STORAGE } from "../../lib/names";
import { parseSavedEdit } from "./saved-edits";
import { parseProgress } from "./progress";

export const WORK_FORMAT = "descent-work";
export const WORK_VERSION = 1;
/** The largest file accepted (5 MB): ample for a course's edits, and no more. */
export const MAX_WORK_BYTES = 5 * 1024 * 1024;
/** The most entries a file may hold: a book's blocks and exercises are a few dozen. */
export const MAX_WORK_ENTRIES = 1_000;

export interface WorkFile {
  format: typeof WORK_FORMAT;
  version: typeof WORK_VERSION;
  /** When it was saved (ISO 8601). */
  saved: string;
  /** Stored entries by key: `descent:code:<block>` (saved edits) and `descent:exercise:<exercise>` (progress). */
  entries: Record<string, string>;
}

/** What a checked file holds: the entries to load, and the exercises it has that the book does not. */
export type ParsedWork =
  { ok: true; work: WorkFile; edits: number; exercises: number; leftOut: string[] } | { ok: false; reason: string };

const isOurs = (key: string) => key.startsWith(STORAGE.codePrefix) || key.startsWith(STORAGE.exercisePrefix);
const ID = /^[\w.-]{1,100}$/;
function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb).toLocaleString("en") : mb.toFixed(1)} MB`;
}

/** Why a file of `bytes` is refused before it is read (too large), or undefined. */
export function sizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_WORK_BYTES) return undefined;
  return `it is ${megabytes(bytes)}; a Descent work file is at most ${megabytes(MAX_WORK_BYTES)}`;
}

/** The work kept in `store`, as a file's content. */
export function collectWork(store: Storage, now = new Date()): WorkFile {
  const entries: Record<string, string> = {};
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key && isOurs(key)) entries[key] = store.getItem(key)!;
  }
  return { format: WORK_FORMAT, version: WORK_VERSION, saved: now.toISOString(), entries };
}

/**
 * What a file holds, checked entry by entry, or why it is refused. With `exercises` (the ids of the
 * book's exercises), progress on any other exercise is left out and named.
 */
export function parseWork(text: string, exercises?: ReadonlySet<string>): ParsedWork {
  const size = sizeProblem(text.length);
  if (size) return { ok: false, reason: size };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: "it is not a Descent work file (not JSON)" };
  }
  const d = data as Partial<WorkFile>;
  if (typeof d !== "object" || d === null || d.format !== WORK_FORMAT)
    return { ok: false, reason: "it is not a Descent work file" };
  if (d.version !== WORK_VERSION)
    return { ok: false, reason: `it is from another version of Descent (version ${String(d.version)})` };
  if (typeof d.saved !== "string" || typeof d.entries !== "object" || d.entries === null) {
    return { ok: false, reason: "it is damaged (its date or entries are missing)" };
  }
  const all = Object.entries(d.entries);
  if (all.length > MAX_WORK_ENTRIES) {
    const count = all.length.toLocaleString("en");
    return { ok: false, reason: `it holds ${count} entries; a Descent work file holds at most ${MAX_WORK_ENTRIES}` };
  }
  const entries: Record<string, string> = {};
  const leftOut: string[] = [];
  let edits = 0;
  let progress = 0;
  for (const [key, value] of all) {
    if (typeof value !== "string")
      return { ok: false, reason: `it is damaged (entry ${key.slice(0, 60)} is not text)` };
    const edit = key.startsWith(STORAGE.codePrefix) ? key.slice(STORAGE.codePrefix.length) : undefined;
    const exercise = key.startsWith(STORAGE.exercisePrefix) ? key.slice(STORAGE.exercisePrefix.length) : undefined;
    if (edit !== undefined && ID.test(edit) && parseSavedEdit(value)) {
      edits++;
    } else if (exercise !== undefined && ID.test(exercise) && parseProgress(value)) {
      if (exercises && !exercises.has(exercise)) {
        leftOut.push(exercise);
        continue;
      }
      progress++;
    } else {
      return { ok: false, reason: `it is damaged (entry ${key.slice(0, 60)} is not one of Descent's)` };
    }
    entries[key] = value;
  }
  return { ok: true, work: { ...(d as WorkFile), entries }, edits, exercises: progress, leftOut };
}

/**
 * Puts a checked file's work in `store`, in place of what is there for the same blocks and
 * exercises, all or nothing: if the browser refuses any of it (full, or turned off), what was added
 * is removed and what was replaced put back. `restored` is false only if even that failed.
 */
export function restoreWork(work: WorkFile, store: Storage): { ok: true } | { ok: false; restored: boolean } {
  const before: [string, string | null][] = [];
  try {
    for (const [key, value] of Object.entries(work.entries)) {
      before.push([key, store.getItem(key)]);
      store.setItem(key, value);
    }
    return { ok: true };
  } catch {
    let restored = true;
    // What was added goes first: it frees the room that what was replaced needs to come back.
    const undo = [...before.filter(([, was]) => was === null), ...before.filter(([, was]) => was !== null)];
    for (const [key, was] of undo) {
      try {
        if (was === null) store.removeItem(key);
        else store.setItem(key, was);
      } catch {
        restored = false;
      }
    }
    return { ok: false, restored };
  }
}
