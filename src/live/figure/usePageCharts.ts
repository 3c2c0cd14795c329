import { useEffect, useRef, useState, type RefObject } from "react";
import type { Figure } from "@descent/numerics";
import { EVENTS } from "../../lib/names";
import type { DrawableFigure } from "./drawable-figure";
import type { PanelChart } from "./panel-chart";
import type { ThemeColors } from "./theme-colors";

/**
 * chart.js and the book's chart on it, for a page that draws its charts itself: loaded only then
 * (where the painter draws them, chart.js is the painter's alone).
 */
let pageCharts: typeof import("./panel-chart") | undefined;
let loading: Promise<unknown> | undefined;
const loadPageCharts = () => (loading ??= import("./panel-chart").then((m) => (pageCharts = m)));

/**
 * A block's charts drawn on the page's own thread, one per panel of `canvases` (where a canvas
 * cannot be handed to the painter): `draw` draws a figure in place (false until chart.js has loaded,
 * when the block renders again), `fits` says whether a figure has the panels of the charts made.
 */
export function usePageCharts(
  blockId: string,
  canvases: RefObject<(HTMLCanvasElement | null)[]>,
  read: () => { colors: ThemeColors; pinned: Figure | undefined },
  { drawn, failed }: { drawn: () => void; failed: (message: string) => void },
) {
  const charts = useRef<PanelChart[]>([]);
  const [, setLoaded] = useState(false);
  useEffect(() => () => charts.current.splice(0).forEach((chart) => chart.destroy()), []);

  const draw = (next: DrawableFigure): boolean => {
    if (!pageCharts) {
      loadPageCharts().then(
        () => setLoaded(true),
        (e: unknown) => failed(`chart.js did not load: ${e instanceof Error ? e.message : String(e)}`),
      );
      return false;
    }
    const { createPanelChart, drawPanel } = pageCharts;
    const { colors, pinned } = read();
    next.figure.panels.forEach((panel, i) => {
      const chart = charts.current[i];
      if (chart) drawPanel(chart, panel, next.axes[i]!, colors, pinned?.panels[i]);
      else charts.current[i] = createPanelChart(canvases.current[i]!, panel, next.axes[i]!, colors, pinned?.panels[i]);
    });
    while (charts.current.length > next.figure.panels.length) charts.current.pop()!.destroy();
    // For the bench and the tests: when this block's chart last changed, and to which result.
    performance.mark(EVENTS.chartDrawn, { detail: { block: blockId, order: next.order ?? 0 } });
    drawn();
    return true;
  };
  const fits = (next: DrawableFigure) =>
    pageCharts !== undefined && next.figure.panels.length === charts.current.length;
  return { draw, fits };
}
