import type { Figure, Panel, Series } from "@descent/numerics";
import { plainLabel } from "./label-text";

/**
 * The text alternative of a figure: what a screen reader says for a chart, the same for the
 * build-time SVG and the live chart (both carry it as the plot's accessible name).
 */

const num = (v: number) => String(Number(v.toPrecision(3)));

function describeSeries(s: Series): string {
  const label = plainLabel(s.label);
  const n = s.x.length;
  const kind = s.type === "line" ? "curve" : n === 1 ? "point" : "dots";
  if (n === 0) return `${label} (empty)`;
  if (n === 1) return `${label} (${kind} at ${num(s.x[0]!)}, ${num(s.y[0]!)})`;
  const last = n - 1;
  const stop = s.diverged ? `, diverged at step ${s.diverged.step}` : "";
  const at = (k: number) => `(${num(s.x[k]!)}, ${num(s.y[k]!)})`;
  return `${label} (${kind}, ${n} points, from ${at(0)} to ${at(last)}${stop})`;
}

/** A text alternative for one panel: its axes and, for each series, its extent. */
export function describePanel(panel: Panel): string {
  const title = panel.title ? `${plainLabel(panel.title)}: ` : "";
  const log = [panel.x.log && "x", panel.y.log && "y"].filter(Boolean);
  const scale = log.length ? ` (logarithmic ${log.join(" and ")})` : "";
  const against = `${plainLabel(panel.y.label)} against ${plainLabel(panel.x.label)}`;
  const levels = panel.levels;
  const landscape =
    levels && levels.levels.length > 0
      ? ` Level sets of ${plainLabel(levels.label)} from ${num(levels.levels[0]!)} ` +
        `to ${num(levels.levels.at(-1)!)} (${levels.levels.length} levels).`
      : "";
  const equal = panel.equalAxes ? " Both axes to the same scale." : "";
  return `${title}${against}${scale}.${equal}${landscape} ${panel.series.map(describeSeries).join("; ")}.`;
}

/** A text alternative for a whole figure, panel by panel. */
export function describeFigure(figure: Figure): string {
  if (figure.panels.length === 1) return describePanel(figure.panels[0]!);
  const place = (i: number) => (figure.panels.length === 2 ? (i === 0 ? "Left" : "Right") : `Panel ${i + 1}`);
  return figure.panels.map((p, i) => `${place(i)} — ${describePanel(p)}`).join(" ");
}
