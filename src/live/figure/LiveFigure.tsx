import { forwardRef, useImperativeHandle, useLayoutEffect, useRef, useState } from "react";
import type { Figure } from "@descent/numerics";
import type { DrawableFigure } from "./drawable-figure";
import { FigureFrame } from "./FigureFrame";
import { landscapePicking, newPickState, type Pick, type PlotOf } from "./landscape-picking";
import { useChartPainter } from "./useChartPainter";
import { usePageCharts } from "./usePageCharts";
import { useThemeColors } from "./useThemeColors";

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
  /** Called once the chart first shows a figure (then it takes the book's figure's place). */
  figureShown?: () => void;
}

/**
 * A figure drawn live with chart.js, one chart per panel, in the same frame as the book's static
 * figure. A new figure updates the charts in place; charts are made only for new panels.
 *
 * Where the browser can, the charts are drawn by the page's painter (useChartPainter.ts), in a
 * worker: each result reaches it straight from the block's runner and it paints the chart without
 * waiting for this thread; this component tells it only what the page knows. Elsewhere, or when a
 * canvas cannot be handed over, the charts are drawn here (usePageCharts.ts).
 */
export const LiveFigure = forwardRef<LiveFigureHandle, LiveFigureProps>(function LiveFigure(
  { drawable, blockId, picking, pinned, figureShown },
  ref,
) {
  const firstDrawn = useRef(figureShown);
  const drawnOnce = () => {
    firstDrawn.current?.();
    firstDrawn.current = undefined;
  };
  const host = useRef<HTMLDivElement>(null);
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  const drawn = useRef<{ drawable: DrawableFigure; theme: number; pinned?: Figure } | undefined>(undefined);
  // Every figure drawn so far: one of them coming back in a render is an older result than the chart's.
  const everDrawn = useRef(new WeakSet<DrawableFigure>());
  const pinnedNow = useRef(pinned); // the imperative draw of a new result keeps the pin
  useLayoutEffect(() => void (pinnedNow.current = pinned));
  const theme = useThemeColors(host);
  const [announcement, setAnnouncement] = useState("");
  const pickState = useRef(newPickState());
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const watcher = { drawn: drawnOnce, failed: setFailure };
  const painted = useChartPainter(
    blockId,
    canvases,
    { theme: theme.version, read: theme.read, pinned },
    drawable.figure.panels.length,
    watcher,
  );
  const page = usePageCharts(blockId, canvases, () => ({ colors: theme.read(), pinned: pinnedNow.current }), watcher);
  if (failure !== undefined) throw new Error(failure); // the figure's error boundary shows the book's figure

  /** Shows `next`: by the painter, or here. */
  const show = (next: DrawableFigure) => {
    if (!painted.handOver(next) && !page.draw(next)) return;
    drawn.current = {
      drawable: next,
      theme: theme.version,
      ...(pinnedNow.current ? { pinned: pinnedNow.current } : {}),
    };
    everDrawn.current.add(next);
  };

  useImperativeHandle(ref, () => ({
    draw(next) {
      // Where the painter draws, it has this result from the runner: only new canvases need a render.
      const fits = painted.offThread.current ? next.figure.panels.length === painted.count() : page.fits(next);
      if (!fits) return false;
      if (painted.offThread.current) {
        drawn.current = { ...drawn.current!, drawable: next };
        everDrawn.current.add(next);
      } else show(next);
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
    if (painted.offThread.current !== false || last?.drawable !== newest) return show(newest);
    if (last.theme !== theme.version || last.pinned !== pinned) show(newest);
  });

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
