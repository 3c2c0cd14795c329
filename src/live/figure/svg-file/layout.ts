import type { Panel } from "@descent/numerics";
import { PLOT } from "../plot-geometry";

/**
 * The geometry of a figure as one SVG file, in px: the text around each plot (the page's panel text is
 * about 13.6 px) and how a panel's parts stack up. The plot itself keeps the book's geometry (PLOT).
 */
export const TEXT = { size: 13, line: 20, yLabel: 20, gap: 20, pad: 12, swatch: 16, swatchGap: 6, entryGap: 14 };

/** A label's width, estimated: the file is drawn by another program, so nothing here can measure it. */
export const textWidth = (text: string) => text.length * TEXT.size * 0.58;

export interface LegendEntry {
  series: Panel["series"][number];
  label: string;
  /** A pinned run's entry, drawn faint. */
  faint: boolean;
}

/** A panel's legend entries (a pinned run's last, "pinned"), in rows no wider than `width`. */
export function legendRows(panel: Panel, pinned: Panel | undefined, width: number) {
  const entries: LegendEntry[] = panel.series.map((series) => ({ series, label: series.label, faint: false }));
  if (pinned?.series[0]) entries.push({ series: pinned.series[0], label: "pinned", faint: true });
  const rows: { entries: LegendEntry[]; width: number }[] = [];
  for (const entry of entries) {
    const w = entryWidth(entry);
    const row = rows.at(-1);
    if (row && row.width + w <= width) {
      row.entries.push(entry);
      row.width += w;
    } else rows.push({ entries: [entry], width: w });
  }
  return rows;
}

export const entryWidth = (entry: LegendEntry) => TEXT.swatch + TEXT.swatchGap + textWidth(entry.label) + TEXT.entryGap;

/** Where a panel's parts go at `width`: title line, legend rows, the plot's box, the x label's line. */
export function panelLayout(panel: Panel, pinned: Panel | undefined, width: number) {
  const title = panel.title ? TEXT.line : 0;
  const rows = legendRows(panel, pinned, width);
  const plotWidth = width - TEXT.yLabel;
  const plot = { x: TEXT.yLabel, y: title + rows.length * TEXT.line + 4, width: plotWidth };
  const plotHeight = (plotWidth * PLOT.height) / PLOT.width;
  return {
    title,
    rows,
    plot: { ...plot, height: plotHeight },
    height: plot.y + plotHeight + TEXT.line,
  };
}
