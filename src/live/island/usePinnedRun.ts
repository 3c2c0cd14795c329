import { useCallback, useEffect, useRef, useState } from "react";
import type { Figure } from "@descent/numerics";
import type { DrawableFigure } from "../figure/drawable-figure";

/**
 * "Pin this run": the figure shown when the reader pinned it, kept (and drawn faint under each new
 * run) until they unpin it. `shown` follows the figure on the page for the block's menu, which reads
 * it only when used (so nothing re-renders the menu as results come).
 */
export function usePinnedRun(drawable: DrawableFigure | undefined) {
  const [pinned, setPinned] = useState<Figure | undefined>(undefined);
  const shown = useRef(drawable);
  useEffect(() => void (shown.current = drawable));
  const onPin = useCallback(() => setPinned((before) => (before ? undefined : shown.current?.figure)), []);
  return { pinned, onPin, shown };
}
