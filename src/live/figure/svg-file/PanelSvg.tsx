import type { Panel } from "@descent/numerics";
import type { PanelAxes } from "../axes";
import { PLOT } from "../plot-geometry";
import { SvgPlot } from "../SvgPlot";
import { panelLayout, TEXT } from "./layout";
import { SvgLabel } from "./SvgLabel";
import { SvgLegend } from "./SvgLegend";

/** One panel of a figure file, as FigureFrame lays it out in the page: title, legend, y label, plot, x label. */
export function PanelSvg({
  panel,
  axes,
  pinned,
  width,
}: {
  panel: Panel;
  axes: PanelAxes;
  pinned?: Panel;
  width: number;
}) {
  const { title, rows, plot } = panelLayout(panel, pinned, width);
  const centre = plot.x + plot.width / 2;
  const legend = rows.map((row, i) => ({ ...row, y: title + (i + 1) * TEXT.line - 5 }));
  return (
    <>
      {panel.title && (
        <text className="fig-title" x={centre} y={title - 5} textAnchor="middle">
          <SvgLabel text={panel.title} />
        </text>
      )}
      <SvgLegend rows={legend} width={width} />
      <text
        className="fig-label"
        transform={`translate(${TEXT.size} ${plot.y + plot.height / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        <SvgLabel text={panel.y.label} />
      </text>
      {/* The build-time plot as it is, in a box of the book's geometry (its own viewBox scales it). */}
      <svg x={plot.x} y={plot.y} width={plot.width} height={plot.height} viewBox={`0 0 ${PLOT.width} ${PLOT.height}`}>
        <SvgPlot panel={panel} axes={axes} pinned={pinned} />
      </svg>
      <text className="fig-label" x={centre} y={plot.y + plot.height + TEXT.line - 4} textAnchor="middle">
        <SvgLabel text={panel.x.label} />
      </text>
    </>
  );
}
