import type { ReactNode } from "react";
import type { LevelSets, Panel, Series } from "@descent/numerics";
import { histogramMark } from "./histogram";
import { levelsMark } from "./levels";
import { lineMark } from "./line";
import type { CanvasPen, Mark, SvgPlane } from "./mark";
import { pinnedMark } from "./pinned";
import { pointsMark } from "./points";
import type { SeriesMark } from "./series-mark";

/** The mark of each kind of series (`Series.type`). */
export const SERIES_MARKS: Record<Series["type"], SeriesMark> = {
  line: lineMark,
  points: pointsMark,
  histogram: histogramMark,
};

/** The mark that draws `series`. */
export const markOf = (series: Series): SeriesMark => SERIES_MARKS[series.type];

/** The mark of each kind of series when it is a pinned run's. */
const PINNED_MARKS = Object.fromEntries(
  Object.entries(SERIES_MARKS).map(([type, mark]) => [type, pinnedMark(mark)]),
) as Record<Series["type"], Mark<Series>>;

/** One thing a panel draws: a mark with its data. */
export interface Layer {
  extent(key: "x" | "y", log: boolean): [number, number] | undefined;
  svg(at: SvgPlane): ReactNode;
  draw(pen: CanvasPen): void;
  describe(): string;
}

const layer = <D>(mark: Mark<D>, data: D): Layer => ({
  extent: (key, log) => mark.extent(data, key, log),
  svg: (at) => mark.svg(data, at),
  draw: (pen) => mark.draw(data, pen),
  describe: () => mark.describe(data),
});

/**
 * What a panel draws, bottom to top: its level sets, a pinned run's series (the same panel of a pinned
 * figure, faint), then its series in order (the last on top).
 */
export function layersOf(panel: Panel, pinned?: Panel): Layer[] {
  const layers = panel.levels ? [layer<LevelSets>(levelsMark, panel.levels)] : [];
  for (const series of pinned?.series ?? []) layers.push(layer(PINNED_MARKS[series.type], series));
  for (const series of panel.series) layers.push(layer(markOf(series), series));
  return layers;
}

export type { CanvasPen, Mark, Plane, SvgPlane, Swatch } from "./mark";
export type { SeriesMark } from "./series-mark";
export { PINNED_OPACITY } from "./pinned";
