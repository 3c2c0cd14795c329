import { useCallback, useRef, useState } from "react";
import { afterPaint } from "./after-paint";
import { runningGuard } from "../storage/saved-edits";

/**
 * The guard around a saved edit run on arrival: marked before it runs, cleared once its result is on
 * the page. A saved edit that stopped the page last time (the mark was left) is not run by itself:
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
  /** A result is on the page (its frame painted): the guarded run did not stop the page. */
  const shown = useCallback(() => {
    if (!watching.current) return;
    watching.current = false;
    afterPaint(() => runningGuard.clear(blockId));
  }, [blockId]);
  return { guarded, setGuarded, mark, shown };
}
