/**
 * A student's edits, kept in localStorage per live block. Each saved edit remembers a hash of the
 * book's code it started from, so a later change to the book can be noticed and offered. Anything
 * unreadable in storage (corrupt, foreign, storage disabled) is treated as "no saved edit"; a save
 * that fails says so, so the block can tell the student.
 */
import { storageKeys } from "./keys";
import { safeStorage } from "./safe-storage";

const VERSION = 1;

interface SavedEdit {
  v: typeof VERSION;
  book: string;
  code: string;
}

const editKey = storageKeys.edit;
const runningKey = storageKeys.running;

/** FNV-1a, 32 bits, as hex: enough to tell one version of a block's code from another. */
export function hashCode(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** A stored entry's saved edit, or undefined when it is not one of ours. */
export function parseSavedEdit(raw: string | null | undefined): SavedEdit | undefined {
  if (!raw) return undefined;
  try {
    const saved = JSON.parse(raw) as Partial<SavedEdit>;
    if (saved?.v !== VERSION || typeof saved.code !== "string" || typeof saved.book !== "string") return undefined;
    return saved as SavedEdit;
  } catch {
    return undefined;
  }
}

/** The saved edit of a block, and whether the book's code has changed since it was made. */
export function loadEdit(
  blockId: string,
  bookCode: string,
  storage: Storage | undefined = safeStorage(),
): { code: string; bookChanged: boolean } | undefined {
  let saved: SavedEdit | undefined;
  try {
    saved = parseSavedEdit(storage?.getItem(editKey(blockId)));
  } catch {
    return undefined;
  }
  if (!saved || saved.code === bookCode) return undefined;
  return { code: saved.code, bookChanged: saved.book !== hashCode(bookCode) };
}

/** Saves a block's code (code equal to the book's removes the saved edit); false when the browser refused. */
export function saveEdit(
  blockId: string,
  bookCode: string,
  code: string,
  storage: Storage | undefined = safeStorage(),
): boolean {
  try {
    if (!storage) return false;
    if (code === bookCode) storage.removeItem(editKey(blockId));
    else
      storage.setItem(
        editKey(blockId),
        JSON.stringify({ v: VERSION, book: hashCode(bookCode), code } satisfies SavedEdit),
      );
    return true;
  } catch {
    return false; // full or disabled: the edit lives on in the page, and the block says it is not saved
  }
}

export function clearEdit(blockId: string, storage: Storage | undefined = safeStorage()): void {
  try {
    storage?.removeItem(editKey(blockId));
    storage?.removeItem(runningKey(blockId));
  } catch {
    // Nothing to do: see saveEdit.
  }
}

/**
 * The guard around a saved edit run on arrival: marked before it runs, cleared once its figure is
 * drawn. A visit that finds the mark knows the saved code stopped the page last time.
 */
export const runningGuard = {
  mark(blockId: string, storage: Storage | undefined = safeStorage()): void {
    try {
      storage?.setItem(runningKey(blockId), "1");
    } catch {
      // Without storage there is no saved edit to guard either.
    }
  },
  clear(blockId: string, storage: Storage | undefined = safeStorage()): void {
    try {
      storage?.removeItem(runningKey(blockId));
    } catch {
      // As above.
    }
  },
  wasLeft(blockId: string, storage: Storage | undefined = safeStorage()): boolean {
    try {
      return (storage?.getItem(runningKey(blockId)) ?? null) !== null;
    } catch {
      return false;
    }
  },
};
