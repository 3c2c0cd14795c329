import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from "react";
import type { Figure } from "@descent/numerics";
import { EVENTS } from "../../lib/names";
import type { PanelAxes } from "./axes";
import { FigureFrame } from "./FigureFrame";
import { landscapePicking, newPickState, type Pick } from "./landscape-picking";
import { createPanelChart, drawPanel, type PanelChart } from "./panel-chart";
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
}

/**
 * A figure drawn live with chart.js, one chart per panel, in the same frame as the book's static
 * figure. A new figure updates the charts in place; charts are made only for new panels.
 */
export const LiveFigure = forwardRef<LiveFigureHandle, LiveFigureProps>(function LiveFigure(
  { drawable, blockId, picking, pinned },
  ref,
) {
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

  const drawCharts = (next: DrawableFigure) => {
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
  };

  useImperativeHandle(ref, () => ({
    draw(next) {
      if (next.figure.panels.length !== charts.current.length) return false;
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
    if (last?.drawable !== newest || last.theme !== theme.version || last.pinned !== pinned) drawCharts(newest);
  });

  useEffect(() => () => charts.current.splice(0).forEach((chart) => chart.destroy()), []);

  return (
    <div ref={host} className="live-chart">
      <FigureFrame
        figure={drawable.figure}
        pinned={pinned}
        className="figure-live"
        plot={(_, i) => <canvas ref={(el) => void (canvases.current[i] = el)} />}
        plotProps={
          picking
            ? landscapePicking(charts, picking.onPick, picking.start, setAnnouncement, pickState.current)
            : undefined
        }
      />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
});
