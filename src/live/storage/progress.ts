/**
 * A student's progress on the exercises, kept in this browser (localStorage, one entry an exercise):
 * whether they tried it, solved it, and saw its worked solution. Read by the sidebar and the home
 * page ("k of n solved"), written by the exercises; changes are announced on `window`.
 */
import { EVENTS, STORAGE } from "../../lib/names";
import { storageKeys } from "./keys";
import { safeStorage as storage } from "./safe-storage";

export interface Progress {
  tried: boolean;
  solved: boolean;
  solutionSeen: boolean;
}

export const NOT_TRIED: Progress = { tried: false, solved: false, solutionSeen: false };

const progressKey = storageKeys.progress;

/** A stored entry's progress, or undefined when it is not one of ours. */
export function parseProgress(raw: string | null | undefined): Progress | undefined {
  if (!raw) return undefined;
  try {
    const p = JSON.parse(raw) as Partial<Progress>;
    if (typeof p !== "object" || p === null) return undefined;
    if (typeof p.tried !== "boolean" || typeof p.solved !== "boolean" || typeof p.solutionSeen !== "boolean")
      return undefined;
    return { tried: p.tried, solved: p.solved, solutionSeen: p.solutionSeen };
  } catch {
    return undefined;
  }
}

export function readProgress(exerciseId: string, store = storage()): Progress {
  try {
    return parseProgress(store?.getItem(progressKey(exerciseId))) ?? NOT_TRIED;
  } catch {
    return NOT_TRIED;
  }
}

/** Adds to an exercise's progress (nothing is ever taken back but by clearing); false when not saved. */
export function recordProgress(exerciseId: string, change: Partial<Progress>, store = storage()): boolean {
  const before = readProgress(exerciseId, store);
  const after: Progress = {
    tried: before.tried || Boolean(change.tried || change.solved),
    solved: before.solved || Boolean(change.solved),
    solutionSeen: before.solutionSeen || Boolean(change.solutionSeen),
  };
  if (after.tried === before.tried && after.solved === before.solved && after.solutionSeen === before.solutionSeen)
    return true;
  try {
    store?.setItem(progressKey(exerciseId), JSON.stringify(after));
  } catch {
    return false;
  }
  if (typeof window !== "undefined")
    window.dispatchEvent(new CustomEvent(EVENTS.progressChange, { detail: exerciseId }));
  return true;
}

/** How a student's progress on an exercise reads: "Solved", "Solution seen", "Tried", "Not tried". */
export function progressText(p: Progress): string {
  if (p.solved) return p.solutionSeen ? "Solved (solution seen)" : "Solved";
  if (p.solutionSeen) return "Solution seen";
  return p.tried ? "Tried" : "Not tried";
}

/** Forgets the progress on every exercise. */
export function clearProgress(store = storage()): void {
  try {
    if (!store) return;
    for (const key of Object.keys(store)) if (key.startsWith(STORAGE.exercisePrefix)) store.removeItem(key);
  } catch {
    // Storage turned off: there is nothing kept to clear.
  }
  if (typeof window !== "undefined") window.dispatchEvent(new CustomEvent(EVENTS.progressChange));
}
