import { useCallback, useEffect, useRef, useState } from "react";
import { storageKeys } from "../storage/keys";
import { clearEdit, loadEdit, parseSavedEdit, runningGuard, saveEdit } from "../storage/saved-edits";

/** Edits are saved after this pause in typing (and when the page is hidden or left), not on every key. */
export const SAVE_AFTER_MS = 400;

/**
 * A block's saved edit: the code to open with (the student's, else the book's); saving edits after a
 * pause and when the page is left; saying when the browser refuses to save; following the same block
 * in another tab; and the guard that keeps a saved edit that stopped the page from running again blindly.
 */
export function useSavedEdit(blockId: string, bookCode: string, currentCode: () => string) {
  const [saved] = useState(() => loadEdit(blockId, bookCode));
  /** The saved edit ran on the last visit and the page never drew it: it is not run again by itself. */
  const [stoppedLastTime] = useState(() => saved !== undefined && runningGuard.wasLeft(blockId));
  const [bookChanged, setBookChanged] = useState(saved?.bookChanged ?? false);
  const [saveFailed, setSaveFailed] = useState(false);
  /** Code saved for this block by another tab since, when it differs from this tab's. */
  const [otherTab, setOtherTab] = useState<string | undefined>(undefined);
  const unsaved = useRef<string | undefined>(undefined);
  const timer = useRef<number | undefined>(undefined);

  const write = useCallback((code: string) => setSaveFailed(!saveEdit(blockId, bookCode, code)), [blockId, bookCode]);
  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    if (unsaved.current === undefined) return;
    const code = unsaved.current;
    unsaved.current = undefined;
    write(code);
  }, [write]);
  const save = useCallback(
    (code: string) => {
      unsaved.current = code;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, SAVE_AFTER_MS);
    },
    [flush],
  );

  useEffect(() => {
    const hidden = () => document.visibilityState === "hidden" && flush();
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      flush();
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", hidden);
    };
  }, [flush]);

  const current = useRef(currentCode);
  useEffect(() => {
    current.current = currentCode;
  });
  useEffect(() => {
    const key = storageKeys.edit(blockId);
    const onStorage = (event: StorageEvent) => {
      if (event.key !== key) return;
      const code = parseSavedEdit(event.newValue)?.code ?? (event.newValue === null ? bookCode : undefined);
      if (code !== undefined && code !== current.current()) setOtherTab(code);
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [blockId, bookCode]);

  /** Forgets the saved edit (Reset, or the book's version chosen). */
  const forget = useCallback(() => {
    window.clearTimeout(timer.current);
    unsaved.current = undefined;
    clearEdit(blockId);
    setBookChanged(false);
    setSaveFailed(false);
  }, [blockId]);
  /** The student keeps their version over a changed book: it now counts against the book's current code. */
  const keep = useCallback(
    (code: string) => {
      write(code);
      setBookChanged(false);
    },
    [write],
  );
  /** This tab's version stays (and is saved again); the other tab's is set aside. */
  const keepOverOtherTab = useCallback(() => {
    write(current.current());
    setOtherTab(undefined);
  }, [write]);

  return {
    saved,
    stoppedLastTime,
    bookChanged,
    saveFailed,
    otherTab,
    save,
    forget,
    keep,
    keepOverOtherTab,
    setOtherTab,
  };
}
