import type { Figure, Panel, Series } from "@descent/numerics";

const num = (v: number) => String(Number(v.toPrecision(3)));

function describeSeries(s: Series): string {
  const n = s.x.length;
  const kind = s.type === "line" ? "curve" : n === 1 ? "point" : "dots";
  if (n === 0) return `${s.label} (empty)`;
  if (n === 1) return `${s.label} (${kind} at ${num(s.x[0]!)}, ${num(s.y[0]!)})`;
  const last = n - 1;
  const stop = s.diverged ? `, diverged at step ${s.diverged.step}` : "";
  return `${s.label} (${kind}, ${n} points, from (${num(s.x[0]!)}, ${num(s.y[0]!)}) to (${num(s.x[last]!)}, ${num(s.y[last]!)})${stop})`;
}

/** A text alternative for one panel: its axes and, for each series, its extent. */
export function describePanel(panel: Panel): string {
  const title = panel.title ? `${panel.title}: ` : "";
  const log = [panel.x.log && "x", panel.y.log && "y"].filter(Boolean);
  const scale = log.length ? ` (logarithmic ${log.join(" and ")})` : "";
  return `${title}${panel.y.label} against ${panel.x.label}${scale}. ${panel.series.map(describeSeries).join("; ")}.`;
}

/** A text alternative for a whole figure, panel by panel. */
export function describeFigure(figure: Figure): string {
  if (figure.panels.length === 1) return describePanel(figure.panels[0]!);
  const place = (i: number) => (figure.panels.length === 2 ? (i === 0 ? "Left" : "Right") : `Panel ${i + 1}`);
  return figure.panels.map((p, i) => `${place(i)} — ${describePanel(p)}`).join(" ");
}
