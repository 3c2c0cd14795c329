import { useCallback, useRef, useSyncExternalStore } from "react";
import { latest } from "./after-paint";

/**
 * The code of a live block as the editor has it, for the parts of the block that follow it (the
 * sliders, the "edited" mark, a landscape's start). `get` is current at once; the parts hear of a
 * change after the frame that shows the keystroke is painted (one notice for several keys), and a
 * part re-renders only when what it selects changes.
 */
export interface CodeStore {
  get(): string;
  set(code: string): void;
  subscribe(listener: () => void): () => void;
}

export function createCodeStore(initial: string): CodeStore {
  let code = initial;
  const listeners = new Set<() => void>();
  const notify = latest("afterPaint");
  return {
    get: () => code,
    set(next) {
      if (next === code) return;
      code = next;
      notify(() => listeners.forEach((listener) => listener()));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** What `select` makes of the current code (a string or a boolean, compared by value), kept current. */
export function useCodeSelector<T extends string | boolean>(store: CodeStore, select: (code: string) => T): T {
  const last = useRef<{ code: string; value: T } | undefined>(undefined);
  const snapshot = useCallback(() => {
    const code = store.get();
    if (last.current?.code !== code) last.current = { code, value: select(code) };
    return last.current.value;
  }, [store, select]);
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}
