import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Figure } from "@descent/numerics";
import { EVENTS } from "../../lib/names";
import type { PanelAxes } from "./axes";
import { FigureFrame } from "./FigureFrame";
import { landscapePicking, newPickState, type Pick, type PlotOf } from "./landscape-picking";
import type { PanelChart, PlotSize } from "./panel-chart";
import { pagePainter } from "./painter";
import { useThemeColors } from "./useThemeColors";

/** A figure ready to draw: figure data and the axes of its panels (computed once, where it was checked). */
export interface DrawableFigure {
  figure: Figure;
  axes: PanelAxes[];
  /** Which of the block's results it is, counting up (none for the book's figure): said with each drawing. */
  order?: number;
}

export interface LiveFigureHandle {
  /**
   * Draws a figure on the existing charts at once, before React renders anything; false when it has
   * a different number of panels (then only a render can make the canvases).
   */
  draw(next: DrawableFigure): boolean;
}

interface LiveFigureProps {
  drawable: DrawableFigure;
  blockId: string;
  /** When the code has a start point: where it is now, and what a pick on a landscape does with it. */
  picking?: { start: () => { x: number; y: number }; onPick: Pick };
  /** A pinned run's figure, drawn faint under each new one until unpinned. */
  pinned?: Figure | undefined;
  /** Called once the chart first shows a figure (then it can take the book's figure's place). */
  onFirstDrawn?: () => void;
}

/**
 * chart.js and the book's chart on it, for a page that draws its charts itself: loaded only then
 * (where the painter draws them, chart.js is the painter's alone).
 */
let pageCharts: typeof import("./panel-chart") | undefined;
let loadingPageCharts: Promise<unknown> | undefined;
const loadPageCharts = () => (loadingPageCharts ??= import("./panel-chart").then((m) => (pageCharts = m)));

/** A plot's size as the painter needs it: its canvas's box, in CSS pixels, and the device's pixel ratio. */
const sizeOf = (canvas: HTMLCanvasElement): PlotSize => ({
  width: canvas.clientWidth,
  height: canvas.clientHeight,
  pixelRatio: window.devicePixelRatio || 1,
});

/**
 * A figure drawn live with chart.js, one chart per panel, in the same frame as the book's static
 * figure. A new figure updates the charts in place; charts are made only for new panels.
 *
 * Where the browser can, the charts are drawn by the page's painter (painter.ts), in a worker: the
 * canvases are handed to it, each result reaches it straight from the block's runner, and it paints
 * the chart without waiting for this thread. This component then tells it only what the page knows
 * (the canvases' size, the theme's colours, a pinned run, the figure it holds when its canvases are
 * new) and hears when drawing failed. Elsewhere, or when a canvas cannot be handed over, the charts
 * are drawn here.
 */
export const LiveFigure = forwardRef<LiveFigureHandle, LiveFigureProps>(function LiveFigure(
  { drawable, blockId, picking, pinned, onFirstDrawn },
  ref,
) {
  const firstDrawn = useRef(onFirstDrawn);
  const drawnOnce = () => {
    firstDrawn.current?.();
    firstDrawn.current = undefined;
  };
  const host = useRef<HTMLDivElement>(null);
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  const charts = useRef<PanelChart[]>([]);
  const drawn = useRef<{ drawable: DrawableFigure; theme: number; pinned?: Figure } | undefined>(undefined);
  // Every figure drawn so far: one of them coming back in a render is an older result than the chart's.
  const everDrawn = useRef(new WeakSet<DrawableFigure>());
  const pinnedNow = useRef(pinned); // the imperative draw of a new result keeps the pin
  useLayoutEffect(() => void (pinnedNow.current = pinned));
  const theme = useThemeColors(host);
  const [announcement, setAnnouncement] = useState("");
  const pickState = useRef(newPickState());

  const painter = useMemo(() => pagePainter(), []);
  /** Whether the painter draws this figure: decided when the first canvases are handed to it (or cannot be). */
  const offThread = useRef<boolean | undefined>(painter ? undefined : false);
  const handedOver = useRef({
    canvases: new WeakSet<HTMLCanvasElement>(),
    count: 0,
    theme: -1,
    pinned: undefined as Figure | undefined,
  });
  const [failure, setFailure] = useState<string | undefined>(undefined);
  if (failure !== undefined) throw new Error(failure); // the figure's error boundary shows the book's figure
  // (Before the canvases go to the painter, below, so that no word of theirs comes before this.)
  useLayoutEffect(() => painter?.watch(blockId, { drawn: drawnOnce, failed: setFailure }), [painter, blockId]);
  useEffect(() => () => painter?.send({ type: "forget", block: blockId }), [painter, blockId]);

  const [, setChartsLoaded] = useState(false);
  const drawCharts = (next: DrawableFigure) => {
    if (!pageCharts) {
      // Drawn by the render once chart.js is here (a blank plot until then, in its place).
      loadPageCharts().then(
        () => setChartsLoaded(true),
        (e: unknown) => setFailure(`chart.js did not load: ${e instanceof Error ? e.message : String(e)}`),
      );
      return;
    }
    const { createPanelChart, drawPanel } = pageCharts;
    const colors = theme.read();
    const pin = pinnedNow.current;
    next.figure.panels.forEach((panel, i) => {
      const chart = charts.current[i];
      if (chart) drawPanel(chart, panel, next.axes[i]!, colors, pin?.panels[i]);
      else charts.current[i] = createPanelChart(canvases.current[i]!, panel, next.axes[i]!, colors, pin?.panels[i]);
    });
    while (charts.current.length > next.figure.panels.length) charts.current.pop()!.destroy();
    drawn.current = { drawable: next, theme: theme.version, ...(pin ? { pinned: pin } : {}) };
    everDrawn.current.add(next);
    // For the bench and the tests: when this block's chart last changed, and to which result.
    performance.mark(EVENTS.chartDrawn, { detail: { block: blockId, order: next.order ?? 0 } });
    drawnOnce();
  };

  /**
   * Hands the painter what it needs to draw `next` on these canvases: the canvases it does not have
   * yet (with their size), the colours and pin when they changed, and the figure when its canvases
   * are new (it draws the newer of that and the newest result it has). False when a canvas cannot
   * be handed over: the charts are drawn here.
   */
  const handOver = (next: DrawableFigure): boolean => {
    const given = handedOver.current;
    const count = next.figure.panels.length;
    const added: { index: number; canvas: OffscreenCanvas }[] = [];
    try {
      for (let index = 0; index < count; index++) {
        const canvas = canvases.current[index];
        if (canvas && !given.canvases.has(canvas)) {
          added.push({ index, canvas: canvas.transferControlToOffscreen() });
          given.canvases.add(canvas);
        }
      }
    } catch (e) {
      if (offThread.current) throw e; // the painter has the others: nothing can draw this one
      return false;
    }
    offThread.current = true;
    const fresh = added.length > 0 || count !== given.count;
    if (fresh) {
      given.count = count;
      painter!.send(
        { type: "canvases", block: blockId, count, added, size: sizeOf(canvases.current[0]!) },
        added.map((a) => a.canvas),
      );
    }
    if (given.theme !== theme.version || given.pinned !== pinned) {
      given.theme = theme.version;
      given.pinned = pinned;
      painter!.send({ type: "style", block: blockId, colors: theme.read(), pinned });
    }
    if (fresh) painter!.send({ type: "draw", block: blockId, drawable: next });
    drawn.current = { drawable: next, theme: theme.version, ...(pinned ? { pinned } : {}) };
    everDrawn.current.add(next);
    return true;
  };

  useImperativeHandle(ref, () => ({
    draw(next) {
      if (offThread.current) {
        // The painter has this result from the runner; only new canvases need a render.
        if (next.figure.panels.length !== handedOver.current.count) return false;
        drawn.current = { ...drawn.current!, drawable: next };
        everDrawn.current.add(next);
        return true;
      }
      if (!pageCharts || next.figure.panels.length !== charts.current.length) return false;
      drawCharts(next);
      return true;
    },
  }));

  // A render draws its figure unless the chart already shows it or a newer one: results are drawn as
  // they arrive (`draw`), and a render that comes after with the state of an earlier result (React
  // renders the block as other parts change) must not put that earlier figure back, not even for a
  // frame. A new theme or pin redraws the newest figure.
  useLayoutEffect(() => {
    const last = drawn.current;
    const newest = last && everDrawn.current.has(drawable) ? last.drawable : drawable;
    if (offThread.current !== false && handOver(newest)) return;
    if (last?.drawable !== newest || last.theme !== theme.version || last.pinned !== pinned) drawCharts(newest);
  });

  // The painter's canvases follow their boxes (chart.js follows its own when it draws here).
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
  }, [painter, blockId, drawable.figure.panels.length]);

  useEffect(() => () => charts.current.splice(0).forEach((chart) => chart.destroy()), []);

  const plotOf: PlotOf = (index) => {
    const canvas = canvases.current[index];
    const axes = drawn.current?.drawable.axes[index];
    return canvas && axes ? { canvas, axes } : undefined;
  };

  return (
    <div ref={host} className="live-chart">
      <FigureFrame
        figure={drawable.figure}
        pinned={pinned}
        className="figure-live"
        plot={(_, i) => <canvas ref={(el) => void (canvases.current[i] = el)} />}
        plotProps={
          picking
            ? landscapePicking(plotOf, picking.onPick, picking.start, setAnnouncement, pickState.current)
            : undefined
        }
      />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
});
