import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from "react";
import type { Figure } from "@descent/numerics";
import { EVENTS } from "../../lib/names";
import { panelAxes } from "./axes";
import { createPanelChart, optionsKey, updatePanelChart, type PanelChart } from "./chart-config";
import { FigureFrame } from "./FigureFrame";
import { landscapePicking, newPickState, type Pick } from "./landscape-picking";
import { resolveThemeColors, type ThemeColors } from "./theme-colors";

export interface LiveFigureHandle {
  /**
   * Draws `figure` on the existing charts at once, before React renders anything; false when it has
   * a different number of panels (then only a render can make the canvases).
   */
  draw(figure: Figure): boolean;
}

/** The theme's colours, read again only when the theme changes. */
function useThemeColors(host: React.RefObject<HTMLElement | null>) {
  const [version, setVersion] = useState(0);
  const cache = useRef<{ version: number; colors: ThemeColors } | undefined>(undefined);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    media.addEventListener("change", bump);
    window.addEventListener(EVENTS.themeChange, bump);
    return () => {
      media.removeEventListener("change", bump);
      window.removeEventListener(EVENTS.themeChange, bump);
    };
  }, []);
  const read = () => {
    if (cache.current?.version !== version) cache.current = { version, colors: resolveThemeColors(host.current!) };
    return cache.current.colors;
  };
  return { version, read };
}

/**
 * A figure drawn live with chart.js, one chart per panel, in the same frame as the book's static
 * figure. A new figure updates the charts in place; charts are made only for new panels.
 */
interface LiveFigureProps {
  figure: Figure;
  blockId: string;
  /** When the code has a start point: its place, and what a pick on a landscape does with it. */
  picking?: { start: { x: number; y: number }; onPick: Pick };
}

export const LiveFigure = forwardRef<LiveFigureHandle, LiveFigureProps>(function LiveFigure(
  { figure, blockId, picking },
  ref,
) {
  const host = useRef<HTMLDivElement>(null);
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  const charts = useRef<PanelChart[]>([]);
  const keys = useRef<string[]>([]);
  const drawn = useRef<{ figure: Figure; theme: number } | undefined>(undefined);
  const theme = useThemeColors(host);
  const [announcement, setAnnouncement] = useState("");
  const pickState = useRef(newPickState());

  const drawCharts = (next: Figure) => {
    const colors = theme.read();
    next.panels.forEach((panel, i) => {
      const axes = panelAxes(panel);
      if (!axes.ok) return; // never: figures are checked before they reach the chart
      const key = optionsKey(axes.axes, colors);
      const chart = charts.current[i];
      if (chart) updatePanelChart(chart, panel, axes.axes, colors, key !== keys.current[i]);
      else charts.current[i] = createPanelChart(canvases.current[i]!, panel, axes.axes, colors);
      keys.current[i] = key;
    });
    while (charts.current.length > next.panels.length) charts.current.pop()!.destroy();
    keys.current.length = next.panels.length;
    drawn.current = { figure: next, theme: theme.version };
    // For the edit-to-redraw benchmark (npm run bench): when this block's chart last changed.
    performance.mark(EVENTS.chartDrawn, { detail: blockId });
  };

  useImperativeHandle(ref, () => ({
    draw(next) {
      if (next.panels.length !== charts.current.length) return false;
      drawCharts(next);
      return true;
    },
  }));

  useLayoutEffect(() => {
    if (drawn.current?.figure !== figure || drawn.current.theme !== theme.version) drawCharts(figure);
  });

  useEffect(() => () => charts.current.splice(0).forEach((chart) => chart.destroy()), []);

  return (
    <div ref={host} className="live-chart">
      <FigureFrame
        figure={figure}
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
