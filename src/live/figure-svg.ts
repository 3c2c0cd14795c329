import type { Figure, Panel } from "@descent/numerics";
import { downsample } from "./downsample";
import { axisRange, tickLabel, ticks } from "./figure-scale";
import { describePanel } from "./figure-summary";

const W = 420;
const H = 280;
const M = { left: 56, right: 14, top: 34, bottom: 44 };

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
const fmt = (v: number) => v.toFixed(1);

/**
 * A panel drawn as static SVG at build time: the figure as it stands in the book, for readers
 * without JavaScript, for print, and until the live chart takes over. Colours come from CSS classes.
 */
export function panelToSvg(panel: Panel): string {
  const [x0, x1] = axisRange(panel, "x");
  const [y0, y1] = axisRange(panel, "y");
  const tx = (v: number) => (panel.x.log ? Math.log10(v) : v);
  const ty = (v: number) => (panel.y.log ? Math.log10(v) : v);
  const sx = (v: number) => M.left + ((tx(v) - tx(x0)) / (tx(x1) - tx(x0))) * (W - M.left - M.right);
  const sy = (v: number) => H - M.bottom - ((ty(v) - ty(y0)) / (ty(y1) - ty(y0))) * (H - M.top - M.bottom);
  const inside = (x: number, y: number) => x >= x0 && x <= x1 && y >= y0 && y <= y1 && (!panel.x.log || x > 0) && (!panel.y.log || y > 0);
  const parts: string[] = [];
  for (const v of ticks(x0, x1, panel.x.log)) {
    parts.push(`<line class="fig-grid" x1="${fmt(sx(v))}" x2="${fmt(sx(v))}" y1="${M.top}" y2="${H - M.bottom}"/>`);
    parts.push(`<text class="fig-tick" x="${fmt(sx(v))}" y="${H - M.bottom + 16}" text-anchor="middle">${tickLabel(v)}</text>`);
  }
  for (const v of ticks(y0, y1, panel.y.log)) {
    parts.push(`<line class="fig-grid" x1="${M.left}" x2="${W - M.right}" y1="${fmt(sy(v))}" y2="${fmt(sy(v))}"/>`);
    parts.push(`<text class="fig-tick" x="${M.left - 6}" y="${fmt(sy(v) + 4)}" text-anchor="end">${tickLabel(v)}</text>`);
  }
  parts.push(`<rect class="fig-frame" x="${M.left}" y="${M.top}" width="${W - M.left - M.right}" height="${H - M.top - M.bottom}"/>`);
  panel.series.forEach((s, i) => {
    const tone = `tone-${s.tone ?? "blue"}`;
    if (s.type === "line") {
      const { x, y } = downsample(s.x, s.y, 800);
      let d = "";
      let pen = "M";
      for (let k = 0; k < x.length; k++) {
        if (!inside(x[k]!, y[k]!)) {
          pen = "M";
          continue;
        }
        d += `${pen}${fmt(sx(x[k]!))} ${fmt(sy(y[k]!))}`;
        pen = "L";
      }
      parts.push(`<path class="fig-line ${tone}${s.dashed ? " fig-dashed" : ""}" d="${d}"/>`);
    } else {
      const stride = Math.max(1, Math.ceil(s.x.length / 400));
      for (let k = 0; k < s.x.length; k += stride) {
        if (inside(s.x[k]!, s.y[k]!)) parts.push(`<circle class="fig-point ${tone}" cx="${fmt(sx(s.x[k]!))}" cy="${fmt(sy(s.y[k]!))}" r="3.5"/>`);
      }
    }
    const ly = M.top + 14 + i * 16;
    parts.push(`<rect class="fig-swatch ${tone}" x="${W - M.right - 128}" y="${ly - 8}" width="10" height="10"/>`);
    parts.push(`<text class="fig-legend" x="${W - M.right - 113}" y="${ly + 1}">${escape(s.label)}</text>`);
  });
  if (panel.title) parts.push(`<text class="fig-title" x="${W / 2}" y="20" text-anchor="middle">${escape(panel.title)}</text>`);
  parts.push(`<text class="fig-axis-label" x="${(M.left + W - M.right) / 2}" y="${H - 8}" text-anchor="middle">${escape(panel.x.label)}</text>`);
  parts.push(`<text class="fig-axis-label" transform="translate(14 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">${escape(panel.y.label)}</text>`);
  const label = escape(describePanel(panel));
  return `<svg class="fig-svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${label}" xmlns="http://www.w3.org/2000/svg">${parts.join("")}</svg>`;
}

export function figureToSvg(figure: Figure): string[] {
  return figure.panels.map(panelToSvg);
}
