import type { Figure } from "@descent/numerics";
import type { PanelAxes } from "./axes";
import { describeFigure } from "./describe-figure";
import { panelLayout, TEXT } from "./svg-file/layout";
import { PanelSvg } from "./svg-file/PanelSvg";

export interface FigureSvgProps {
  figure: Figure;
  axes: PanelAxes[];
  pinned?: Figure | undefined;
  /** The width the figure is shown at in the page (px), and how many panels a row holds there. */
  width: number;
  columns: number;
  /** The stylesheet that makes the file stand alone: the theme's colours resolved, the fonts named. */
  style: string;
  /** What the figure is ("Figure 2.1 · The modified loss · Descent"). */
  title: string;
}

/**
 * A figure as one standalone SVG file: its panels laid out as the page shows them, each plot drawn by
 * SvgPlot (the build-time figure's renderer, so the book's code gives the build-time markup), the
 * titles, legends and axis labels as SVG text, and a stylesheet in place of the page's CSS.
 */
export function FigureSvg({ figure, axes, pinned, width, columns, style, title }: FigureSvgProps) {
  const cols = Math.max(1, Math.min(columns, figure.panels.length));
  const panelWidth = (width - 2 * TEXT.pad - (cols - 1) * TEXT.gap) / cols;
  const rowHeights: number[] = [];
  figure.panels.forEach((panel, i) => {
    const row = Math.floor(i / cols);
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, panelLayout(panel, pinned?.panels[i], panelWidth).height);
  });
  const top = (row: number) => TEXT.pad + rowHeights.slice(0, row).reduce((sum, h) => sum + h + TEXT.gap, 0);
  const height = Math.ceil(top(rowHeights.length) - TEXT.gap + TEXT.pad);
  const w = Math.round(width);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={w}
      height={height}
      viewBox={`0 0 ${w} ${height}`}
      role="img"
      aria-label={describeFigure(figure)}
    >
      <title>{title}</title>
      <style dangerouslySetInnerHTML={{ __html: style }} />
      <rect className="fig-background" width="100%" height="100%" />
      {figure.panels.map((panel, i) => (
        <g
          key={i}
          transform={`translate(${TEXT.pad + (i % cols) * (panelWidth + TEXT.gap)} ${top(Math.floor(i / cols))})`}
        >
          <PanelSvg panel={panel} axes={axes[i]!} pinned={pinned?.panels[i]} width={panelWidth} />
        </g>
      ))}
    </svg>
  );
}
