import { checkFigure, type Figure } from "@descent/numerics";
import { panelAxes, type PanelAxes } from "./axes";
import { markOf } from "./marks";

/**
 * Between what a snippet exports and what is drawn: checks that the value is figure data whose axes
 * can be drawn, and thins series too long to draw, saying so in notes the student reads.
 */

/** Points per series the chart is given at most: longer ones are downsampled (the snippet keeps its exact data). */
export const MAX_POINTS_PER_SERIES = 4000;

export type PreparedFigure = { ok: true; figure: Figure; notes: string[] } | { ok: false; reason: string };

/** Checks a snippet's default export and readies it for drawing. */
export function prepareFigure(value: unknown): PreparedFigure {
  const problem = checkFigure(value);
  if (problem) return { ok: false, reason: problem };
  const figure = value as Figure;
  const notes: string[] = [];
  const drawn: Figure = {
    ...figure,
    panels: figure.panels.map((panel) => ({
      ...panel,
      series: panel.series.map((series) => {
        if (series.diverged) {
          notes.push(
            `“${series.label}” diverged at step ${series.diverged.step}: its values overflowed, so it stops there`,
          );
        }
        if (series.x.length <= MAX_POINTS_PER_SERIES) return series;
        const count = series.x.length.toLocaleString("en");
        const drawn = MAX_POINTS_PER_SERIES.toLocaleString("en");
        notes.push(`“${series.label}” has ${count} points; ${drawn} are drawn`);
        return markOf(series).thin(series, MAX_POINTS_PER_SERIES);
      }),
    })),
  };
  const drawable = drawableFigure(drawn);
  return drawable.ok ? { ok: true, figure: drawn, notes } : drawable;
}

/**
 * A prepared figure (one that came back from the worker, say) with the axes of each of its panels,
 * computed once here for everything that draws it; or why it cannot be drawn as it is: figure data,
 * series no longer than `MAX_POINTS_PER_SERIES`, axes that can be drawn.
 */
export function drawableFigure(value: unknown): { ok: true; axes: PanelAxes[] } | { ok: false; reason: string } {
  const problem = checkFigure(value);
  if (problem) return { ok: false, reason: problem };
  const figure = value as Figure;
  const all: PanelAxes[] = [];
  for (const [p, panel] of figure.panels.entries()) {
    for (const [s, series] of panel.series.entries()) {
      if (series.x.length > MAX_POINTS_PER_SERIES)
        return { ok: false, reason: `panels[${p}].series[${s}] has more than ${MAX_POINTS_PER_SERIES} points to draw` };
    }
    const axes = panelAxes(panel);
    if (!axes.ok)
      return { ok: false, reason: figure.panels.length > 1 ? `in panel ${p + 1}, ${axes.reason}` : axes.reason };
    all.push(axes.axes);
  }
  return { ok: true, axes: all };
}
