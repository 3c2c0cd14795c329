/**
 * A student's edits, kept in localStorage per live block. Each saved edit remembers a hash of the
 * book's code it started from, so a later change to the book can be noticed and offered. Anything
 * unreadable in storage (corrupt, foreign, storage disabled) is treated as "no saved edit".
 */
import { STORAGE } from "../../lib/names";

const PREFIX = STORAGE.codePrefix;
const VERSION = 1;

interface SavedEdit {
  v: typeof VERSION;
  book: string;
  code: string;
}

/** FNV-1a, 32 bits, as hex: enough to tell one version of a block's code from another. */
export function hashCode(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** The saved edit of a block, and whether the book's code has changed since it was made. */
export function loadEdit(
  blockId: string,
  bookCode: string,
  storage: Storage | undefined = safeStorage(),
): { code: string; bookChanged: boolean } | undefined {
  try {
    const raw = storage?.getItem(PREFIX + blockId);
    if (!raw) return undefined;
    const saved = JSON.parse(raw) as Partial<SavedEdit>;
    if (saved?.v !== VERSION || typeof saved.code !== "string" || typeof saved.book !== "string") return undefined;
    if (saved.code === bookCode) return undefined;
    return { code: saved.code, bookChanged: saved.book !== hashCode(bookCode) };
  } catch {
    return undefined;
  }
}

/** Saves a block's code; code equal to the book's removes the saved edit. */
export function saveEdit(
  blockId: string,
  bookCode: string,
  code: string,
  storage: Storage | undefined = safeStorage(),
): void {
  try {
    if (code === bookCode) storage?.removeItem(PREFIX + blockId);
    else
      storage?.setItem(
        PREFIX + blockId,
        JSON.stringify({ v: VERSION, book: hashCode(bookCode), code } satisfies SavedEdit),
      );
  } catch {
    // Full or disabled storage: the edit lives on in the page, just not across a reload.
  }
}

export function clearEdit(blockId: string, storage: Storage | undefined = safeStorage()): void {
  try {
    storage?.removeItem(PREFIX + blockId);
  } catch {
    // Nothing to do: see saveEdit.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
