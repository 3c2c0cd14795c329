import { useCallback, useRef, useState } from "react";
import { afterPaint } from "./after-paint";
import { runningGuard } from "../storage/saved-edits";

/**
 * The guard around a saved edit run on arrival: marked before it runs, cleared once its result is on
 * the page and nothing of it still runs; marked again when code is found still running after its
 * result. A saved edit that stopped the page last time (the mark was left) is not run by itself:
 * `guarded` says so until the student runs it anyway or resets.
 */
export function useRunningGuard(blockId: string, stoppedLastTime: boolean) {
  const [guarded, setGuarded] = useState(stoppedLastTime);
  const watching = useRef(false); // a guarded run is in flight
  /** The saved edit is about to run: mark it. */
  const mark = useCallback(() => {
    runningGuard.mark(blockId);
    watching.current = true;
  }, [blockId]);
  /** A run settled (nothing of it still runs): once that frame is painted, the guarded run did not stop the page. */
  const settled = useCallback(() => {
    if (!watching.current) return;
    watching.current = false;
    afterPaint(() => runningGuard.clear(blockId));
  }, [blockId]);
  /** The student chose: the guarded edit is no longer held back (Reset, or Run it anyway). */
  const release = useCallback(() => setGuarded(false), []);
  /** Runs the guarded edit as the student asked (`run`), marked like any saved edit's arrival run. */
  const runAnyway = useCallback(
    (run: () => void) => {
      setGuarded(false);
      mark();
      run();
    },
    [mark],
  );
  return { guarded, mark, settled, release, runAnyway };
}
