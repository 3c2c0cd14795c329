import { useCallback, useMemo, useState } from "react";
import { clearEdit, loadEdit, saveEdit } from "./saved-edits";

/**
 * A block's saved edit: the code to open with (the student's, else the book's), saving each edit,
 * and the notice offered when the book's code changed since the student's version was saved.
 */
export function useSavedEdit(blockId: string, bookCode: string) {
  const saved = useMemo(() => loadEdit(blockId, bookCode), [blockId, bookCode]);
  const [bookChanged, setBookChanged] = useState(saved?.bookChanged ?? false);
  const save = useCallback((code: string) => saveEdit(blockId, bookCode, code), [blockId, bookCode]);
  const forget = useCallback(() => {
    clearEdit(blockId);
    setBookChanged(false);
  }, [blockId]);
  /** The student keeps their version: it now counts against the book's current code. */
  const keep = useCallback(
    (code: string) => {
      saveEdit(blockId, bookCode, code);
      setBookChanged(false);
    },
    [blockId, bookCode],
  );
  return { saved, bookChanged, save, forget, keep };
}
