/**
 * A student's work as a file, to hand in or to take to another browser: every edited block's code
 * and every exercise's progress, as kept in this browser. A file that is not one of ours, or is
 * damaged, is refused with a reason, and nothing is changed.
 */
import { STORAGE } from "../../lib/names";
import { parseSavedEdit } from "./saved-edits";
import { parseProgress } from "./progress";

export const WORK_FORMAT = "descent-work";
export const WORK_VERSION = 1;
/** The largest file accepted: ample for a course's edits, and no more. */
export const MAX_WORK_BYTES = 5_000_000;

export interface WorkFile {
  format: typeof WORK_FORMAT;
  version: typeof WORK_VERSION;
  /** When it was saved (ISO 8601). */
  saved: string;
  /** Stored entries by key: `descent:code:<block>` (saved edits) and `descent:exercise:<exercise>` (progress). */
  entries: Record<string, string>;
}

const isOurs = (key: string) => key.startsWith(STORAGE.codePrefix) || key.startsWith(STORAGE.exercisePrefix);
const ID = /^[\w.-]{1,100}$/;

/** The work kept in `store`, as a file's content. */
export function collectWork(store: Storage, now = new Date()): WorkFile {
  const entries: Record<string, string> = {};
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key && isOurs(key)) entries[key] = store.getItem(key)!;
  }
  return { format: WORK_FORMAT, version: WORK_VERSION, saved: now.toISOString(), entries };
}

/** What a file holds, checked entry by entry, or why it is refused. */
export function parseWork(
  text: string,
): { ok: true; work: WorkFile; edits: number; exercises: number } | { ok: false; reason: string } {
  if (text.length > MAX_WORK_BYTES) return { ok: false, reason: "it is larger than any Descent work file (5 MB)" };
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
  let edits = 0;
  let exercises = 0;
  for (const [key, value] of Object.entries(d.entries)) {
    if (typeof value !== "string") return { ok: false, reason: `it is damaged (entry ${key} is not text)` };
    if (key.startsWith(STORAGE.codePrefix) && ID.test(key.slice(STORAGE.codePrefix.length)) && parseSavedEdit(value))
      edits++;
    else if (
      key.startsWith(STORAGE.exercisePrefix) &&
      ID.test(key.slice(STORAGE.exercisePrefix.length)) &&
      parseProgress(value)
    )
      exercises++;
    else return { ok: false, reason: `it is damaged (entry ${key.slice(0, 60)} is not one of Descent's)` };
  }
  return { ok: true, work: d as WorkFile, edits, exercises };
}

/** Puts a checked file's work in `store`, in place of what is there for the same blocks and exercises. */
export function restoreWork(work: WorkFile, store: Storage): void {
  for (const [key, value] of Object.entries(work.entries)) store.setItem(key, value);
}
