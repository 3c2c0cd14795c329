import { useCallback, useRef, useSyncExternalStore } from "react";

/**
 * The code of a live block as the editor has it, for the few parts of the block that follow it (the
 * sliders, the "edited" mark). Each edit sets it; a part re-renders only when what it selects changes,
 * so a keystroke re-renders nothing else.
 */
export interface CodeStore {
  get(): string;
  set(code: string): void;
  subscribe(listener: () => void): () => void;
}

export function createCodeStore(initial: string): CodeStore {
  let code = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => code,
    set(next) {
      if (next === code) return;
      code = next;
      for (const listener of listeners) listener();
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
