import { createElement } from "react";
import type { Series } from "@descent/numerics";
import type { ThemeColors } from "../theme-colors";
import type { Mark } from "./mark";
import type { SeriesMark } from "./series-mark";

/** How opaque a pinned run is drawn, under the live one: faint, so the live run stays the figure. */
export const PINNED_OPACITY = 0.35;

/** A resolved colour ("rgb(31, 95, 191)") at the pinned opacity; any other form is left as it is. */
function faint(color: string): string {
  const rgb = /^rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\)$/.exec(color);
  if (!rgb) return color;
  const alpha = Number(rgb[4] ?? 1) * PINNED_OPACITY;
  return `rgba(${rgb[1]}, ${rgb[2]}, ${rgb[3]}, ${alpha})`;
}

/** The theme's colours made faint, once per theme (marks set their own alpha for fills: this goes in the colour). */
const faintThemes = new WeakMap<ThemeColors, ThemeColors>();
function faintColors(colors: ThemeColors): ThemeColors {
  let made = faintThemes.get(colors);
  if (!made) {
    made = Object.fromEntries(Object.entries(colors).map(([name, c]) => [name, faint(c)])) as ThemeColors;
    faintThemes.set(colors, made);
  }
  return made;
}

/**
 * A pinned run ("Pin this run"): any series drawn by its own mark, faint, under the live series,
 * and said as pinned in the text alternative. It does not count towards the axes (the live run's
 * axes stay, so pinning moves nothing).
 */
export function pinnedMark(mark: SeriesMark): Mark<Series> {
  return {
    extent: () => undefined,
    svg: (series, at) => createElement("g", { className: "fig-pinned", opacity: PINNED_OPACITY }, mark.svg(series, at)),
    draw: (series, pen) => mark.draw(series, { ...pen, colors: faintColors(pen.colors) }),
    describe: (series) => `pinned ${mark.describe(series)}`,
  };
}
