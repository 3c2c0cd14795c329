import type { Figure, Panel } from "@descent/numerics";
import { plainLabel } from "./label-text";
import { layersOf } from "./marks";

/**
 * The text alternative of a figure: what a screen reader says for a chart, the same for the
 * build-time SVG and the live chart (both carry it as the plot's accessible name).
 */

/** A text alternative for one panel: its axes, its level sets and, for each series, its extent. */
export function describePanel(panel: Panel): string {
  return describePinnedPanel(panel, undefined);
}

/** The same, with a pinned run's series ("Pin this run") first, said as pinned. */
export function describePinnedPanel(panel: Panel, pinned: Panel | undefined): string {
  const title = panel.title ? `${plainLabel(panel.title)}: ` : "";
  const log = [panel.x.log && "x", panel.y.log && "y"].filter(Boolean);
  const scale = log.length ? ` (logarithmic ${log.join(" and ")})` : "";
  const against = `${plainLabel(panel.y.label)} against ${plainLabel(panel.x.label)}`;
  const equal = panel.equalAxes ? " Both axes to the same scale." : "";
  const layers = layersOf(panel, pinned);
  const landscape = panel.levels ? layers.shift()!.describe() : "";
  const marks = layers.map((layer) => layer.describe()).join("; ");
  return `${title}${against}${scale}.${equal}${landscape ? ` ${landscape}` : ""} ${marks}.`;
}

/** A text alternative for a whole figure, panel by panel. */
export function describeFigure(figure: Figure): string {
  if (figure.panels.length === 1) return describePanel(figure.panels[0]!);
  const place = (i: number) => (figure.panels.length === 2 ? (i === 0 ? "Left" : "Right") : `Panel ${i + 1}`);
  return figure.panels.map((p, i) => `${place(i)} — ${describePanel(p)}`).join(" ");
}
