import { useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from "react";
import type { Figure } from "@descent/numerics";
import type { DrawableFigure } from "./drawable-figure";
import type { PlotSize } from "./panel-chart";
import { pagePainter, type PainterWatcher } from "./painter";
import type { ThemeColors } from "./theme-colors";

/** A plot's size as the painter needs it: its canvas's box, in CSS pixels, and the device's pixel ratio. */
const sizeOf = (canvas: HTMLCanvasElement): PlotSize => ({
  width: canvas.clientWidth,
  height: canvas.clientHeight,
  pixelRatio: window.devicePixelRatio || 1,
});

/**
 * A block's charts drawn by the page's painter (painter.ts), where the browser can hand it the
 * canvases. `handOver(next)` gives it what it needs to show `next` — the canvases it does not have
 * yet (with their size), the colours and pin when they changed, and the figure when the canvases are
 * new (it draws the newer of that and the newest result the runner sent it) — or says false when a
 * canvas cannot be handed over (the page then draws). `offThread` holds which it is, once known;
 * `count` how many canvases the painter has. The canvases' size follows their boxes.
 */
export function useChartPainter(
  blockId: string,
  canvases: RefObject<(HTMLCanvasElement | null)[]>,
  style: { theme: number; read: () => ThemeColors; pinned: Figure | undefined },
  panels: number,
  watcher: PainterWatcher,
) {
  const painter = useMemo(() => pagePainter(), []);
  const offThread = useRef<boolean | undefined>(painter ? undefined : false);
  const given = useRef({
    canvases: new WeakSet<HTMLCanvasElement>(),
    count: 0,
    theme: -1,
    pinned: undefined as unknown,
  });
  const latest = useRef(watcher);
  useLayoutEffect(() => void (latest.current = watcher));
  // Before the canvases go to the painter (a later layout effect), so that no word of theirs comes first.
  useLayoutEffect(
    () =>
      painter?.watch(blockId, {
        drawn: () => latest.current.drawn(),
        failed: (message) => latest.current.failed(message),
      }),
    [painter, blockId],
  );
  useEffect(() => () => painter?.send({ type: "forget", block: blockId }), [painter, blockId]);

  useEffect(() => {
    const first = canvases.current[0];
    if (!painter || !offThread.current || !first) return;
    let size = sizeOf(first);
    const observer = new ResizeObserver(() => {
      const next = sizeOf(first);
      if (next.width === size.width && next.height === size.height && next.pixelRatio === size.pixelRatio) return;
      size = next;
      painter.send({ type: "size", block: blockId, size });
    });
    observer.observe(first);
    return () => observer.disconnect();
  }, [painter, blockId, canvases, panels]);

  const handOver = (next: DrawableFigure): boolean => {
    if (!painter || offThread.current === false) return false;
    const now = given.current;
    const count = next.figure.panels.length;
    const added: { index: number; canvas: OffscreenCanvas }[] = [];
    try {
      for (let index = 0; index < count; index++) {
        const canvas = canvases.current[index];
        if (canvas && !now.canvases.has(canvas)) {
          added.push({ index, canvas: canvas.transferControlToOffscreen() });
          now.canvases.add(canvas);
        }
      }
    } catch (e) {
      if (offThread.current) throw e; // the painter has the others: nothing can draw this one
      offThread.current = false;
      return false;
    }
    offThread.current = true;
    const fresh = added.length > 0 || count !== now.count;
    if (fresh) {
      now.count = count;
      const size = sizeOf(canvases.current[0]!);
      painter.send(
        { type: "canvases", block: blockId, count, added, size },
        added.map((a) => a.canvas),
      );
    }
    if (now.theme !== style.theme || now.pinned !== style.pinned) {
      now.theme = style.theme;
      now.pinned = style.pinned;
      painter.send({ type: "style", block: blockId, colors: style.read(), pinned: style.pinned });
    }
    if (fresh) painter.send({ type: "draw", block: blockId, drawable: next });
    return true;
  };
  return { offThread, handOver, count: () => given.current.count };
}
