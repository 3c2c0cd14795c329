import { TONES, type Tone } from "@descent/numerics";

/** The colours a canvas needs as values (the CSS owns them, as light-dark() pairs the SVG uses directly). */
export type ThemeColors = Record<Tone | "fg" | "muted" | "border" | "levels", string>;

/** Reads the theme's colours as the browser resolves them in `host` (a style recalculation: once per theme). */
export function resolveThemeColors(host: HTMLElement): ThemeColors {
  const probe = document.createElement("span");
  probe.style.display = "none";
  host.appendChild(probe);
  const read = (variable: string) => {
    probe.style.color = `var(${variable})`;
    return getComputedStyle(probe).color;
  };
  const colors = {
    fg: read("--fg"),
    muted: read("--muted"),
    border: read("--border"),
    levels: read("--levels"),
  } as ThemeColors;
  for (const tone of TONES) colors[tone] = read(`--tone-${tone}`);
  probe.remove();
  return colors;
}
