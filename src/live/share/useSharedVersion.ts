import { useCallback, useEffect, useRef, useState } from "react";
import { EVENTS } from "../../lib/names";
import type { Intent } from "../island/intent";
import { SHARE_NOTICE } from "./fragment";

interface SharedVersionOptions {
  /** The reader's own code now (their saved edit, or the book's). */
  mine: () => string;
  /** Puts code in the editor (as an edit: it runs). */
  load: (code: string) => void;
  /** Makes `code` the reader's saved edit (Keep it). */
  keep: (code: string) => void;
}

/** The share link leaves the address: reloading shows the reader's own code again. */
function forgetLink(): void {
  if (location.hash) history.replaceState(history.state, "", location.pathname + location.search);
}

/**
 * A version of the block's code opened from a share link: shown in the editor and run like any code
 * (under the same limits), but not saved as the reader's while it is shown, nor guarded as their saved
 * edit: nothing is stored until they keep it. "Back to mine" loads their own code again.
 *
 * `block` hears of a share link opened while it is alive (EVENTS.sharedCode); `current` is the code in
 * the editor now. `saves` is read on every key (a ref: no render), `shared` by what the block shows.
 */
export function useSharedVersion(
  block: HTMLElement,
  intent: Intent,
  current: () => string,
  { mine, load, keep }: SharedVersionOptions,
) {
  const [shared, setShared] = useState(intent.shared !== undefined);
  const showing = useRef(shared);
  /** The reader's code when the shared version came (what "Back to mine" brings back). */
  const theirs = useRef<string | undefined>(undefined);
  const handlers = useRef({ mine, load, keep, current });
  useEffect(() => {
    handlers.current = { mine, load, keep, current };
  });

  // Arrived with the shared code (a predict exercise's, once answered): the page's note about it is done.
  useEffect(() => {
    if (intent.shared !== undefined) document.querySelector(SHARE_NOTICE)?.remove();
  }, [intent]);

  // A share link opened while the block is alive: the shared code replaces the editor's (not saved).
  useEffect(() => {
    const listener = (event: Event) => {
      event.preventDefault(); // taken
      if (!showing.current) theirs.current = handlers.current.current();
      showing.current = true;
      setShared(true);
      handlers.current.load((event as CustomEvent<string>).detail);
    };
    block.addEventListener(EVENTS.sharedCode, listener);
    return () => block.removeEventListener(EVENTS.sharedCode, listener);
  }, [block]);

  const end = () => {
    showing.current = false;
    setShared(false);
    theirs.current = undefined;
    forgetLink();
  };
  /** The shared version becomes the reader's saved edit (with what they changed in it since). */
  const keepIt = () => {
    handlers.current.keep(handlers.current.current());
    end();
  };
  /** The reader's own code again (loaded while still shown as shared, so it is not saved again). */
  const backToMine = (load = handlers.current.load) => {
    load(theirs.current ?? handlers.current.mine());
    end();
  };
  return { shared, saves: useCallback(() => !showing.current, []), keepIt, backToMine };
}
