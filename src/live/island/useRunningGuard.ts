import { useCallback, useEffect, useRef, useState } from "react";
import { afterPaint } from "./after-paint";
import { runningGuard } from "../storage/saved-edits";

/**
 * Why the guard's mark is down: a saved edit's arrival run has not answered yet ("arrival"), or code
 * was found still running after its result ("still running"), or a run settled and the mark goes once
 * that frame is painted ("settling").
 */
type Watch = "none" | "arrival" | "still running" | "settling";

/**
 * The guard around a saved edit run on arrival: marked before it runs, cleared once its result is on
 * the page and nothing of it still runs; marked again when code is found still running after its
 * result. A saved edit that stopped the page last time (the mark was left) is not run by itself:
 * `guarded` says so until the student runs it anyway or resets.
 *
 * A page left on purpose (a reload, a link followed) while the arrival run is still on its way did not
 * stop: the page was answering, since it ran `pagehide`. Its mark is taken up then, so a quick reload
 * is not taken for a crash. A tab that a run kills runs no `pagehide`, and code known to be still
 * running after its result keeps its mark.
 */
export function useRunningGuard(blockId: string, stoppedLastTime: boolean) {
  const [guarded, setGuarded] = useState(stoppedLastTime);
  const watching = useRef<Watch>("none");
  const mark = useCallback(
    (why: "arrival" | "still running" = "arrival") => {
      runningGuard.mark(blockId);
      watching.current = why;
    },
    [blockId],
  );
  /** Code was found still running after its result: the mark stays, even if the page is left. */
  const stillRunning = useCallback(() => mark("still running"), [mark]);
  /** A run settled (nothing of it still runs): once that frame is painted, the guarded run did not stop the page. */
  const settled = useCallback(() => {
    if (watching.current === "none" || watching.current === "settling") return;
    watching.current = "settling";
    afterPaint(() => {
      if (watching.current !== "settling") return; // marked again meanwhile
      watching.current = "none";
      runningGuard.clear(blockId);
    });
  }, [blockId]);
  useEffect(() => {
    const left = () => {
      if (watching.current === "arrival" || watching.current === "settling") runningGuard.clear(blockId);
    };
    addEventListener("pagehide", left);
    return () => removeEventListener("pagehide", left);
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
  return { guarded, mark, stillRunning, settled, release, runAnyway };
}
