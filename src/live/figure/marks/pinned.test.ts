import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { line, panel, points, type Panel } from "@descent/numerics";
import { fakeCanvas } from "../../../../test/doubles/fake-canvas";
import { panelAxes } from "../axes";
import { describePanel, describePinnedPanel } from "../describe-figure";
import { createPanelChart, drawPanel } from "../panel-chart";
import { SvgPlot } from "../SvgPlot";
import type { ThemeColors } from "../theme-colors";

const colors = Object.fromEntries(
  ["fg", "muted", "border", "levels", "orange", "black", "green", "red", "purple", "gray"].map((k) => [
    k,
    "rgb(1, 2, 3)",
  ]),
) as ThemeColors;
colors.blue = "rgb(31, 95, 191)";

const axesOf = (p: Panel) => {
  const result = panelAxes(p);
  if (!result.ok) throw new Error(result.reason);
  return result.axes;
};
const now = panel({ x: "k", y: "θ", series: [points("GD", [0, 1, 2], [1, 0.5, 0.25])] });
const before = panel({ x: "k", y: "θ", series: [points("GD", [0, 1, 2, 3, 4], [1, 0.9, 0.81, 0.73, 20])] });

describe("a pinned run", () => {
  it("is drawn on the chart under the live run, in its tone at a third of its opacity", () => {
    const canvas = fakeCanvas();
    const chart = createPanelChart(canvas, now, axesOf(now), colors);
    canvas.calls.length = 0;
    drawPanel(chart, now, axesOf(now), colors, before);
    const fills = canvas.calls.filter((c) => c.name === "fill").map((c) => c.fillStyle);
    expect(fills).toEqual(["rgba(31, 95, 191, 0.35)", "rgb(31, 95, 191)"]);
    // The live run's axes stay (k from 0 to 2): of the pinned run's 5 dots, the 3 at k ≤ 2 show, then the live 3.
    expect(canvas.calls.filter((c) => c.name === "arc").length).toBe(3 + 3);
    expect(chart.scales.y!.max).toBe(axesOf(now).y.max);
    chart.destroy();
  });

  it("is drawn faint under the live run in the SVG, and named in the text alternative", () => {
    const svg = renderToStaticMarkup(createElement(SvgPlot, { panel: now, axes: axesOf(now), pinned: before }));
    expect(svg.indexOf('<g class="fig-pinned" opacity="0.35">')).toBeGreaterThan(0);
    expect(svg.indexOf("fig-pinned")).toBeLessThan(svg.lastIndexOf('class="tone-blue"'));
    expect(describePinnedPanel(now, before)).toBe(
      "θ against k. pinned GD (dots, 5 points, from (0, 1) to (4, 20)); GD (dots, 3 points, from (0, 1) to (2, 0.25)).",
    );
  });

  it("leaves a figure drawn without one as it was", () => {
    const plain = renderToStaticMarkup(createElement(SvgPlot, { panel: now, axes: axesOf(now) }));
    expect(plain).not.toContain("fig-pinned");
    expect(describePanel(now)).toBe("θ against k. GD (dots, 3 points, from (0, 1) to (2, 0.25)).");
    expect(line("x", [0], [0]).type).toBe("line");
  });
});
