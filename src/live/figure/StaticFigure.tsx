import type { Figure } from "@descent/numerics";
import { panelAxes } from "./axes";
import { FigureFrame } from "./FigureFrame";
import { SvgPlot } from "./SvgPlot";

/** The book's figure as static HTML and SVG, rendered at build time: no script needed to read it. */
export default function StaticFigure({ figure }: { figure: Figure }) {
  return (
    <FigureFrame
      figure={figure}
      className="figure-static"
      plot={(panel) => {
        const axes = panelAxes(panel);
        if (!axes.ok) throw new Error(`a figure of the book cannot be drawn: ${axes.reason}`);
        return <SvgPlot panel={panel} axes={axes.axes} />;
      }}
    />
  );
}
