import { describe, expect, it } from "vitest";
import { figure, line, panel } from "@descent/numerics";
import { panelAxes } from "./axes";
import { drawableFigure, MAX_POINTS_PER_SERIES, prepareFigure } from "./prepare-figure";

const one = (y: number[]) =>
  figure({
    panels: [
      panel({
        x: "t",
        y: "v",
        series: [
          line(
            "v",
            y.map((_, i) => i),
            y,
          ),
        ],
      }),
    ],
  });

describe("preparing a figure for drawing", () => {
  it("passes drawable figure data through unchanged, with no notes", () => {
    const prepared = prepareFigure(one([0, 1, 2]));
    expect(prepared).toEqual({ ok: true, figure: one([0, 1, 2]), notes: [] });
  });

  it("names the first value that is not a finite number", () => {
    const bad = {
      type: "figure",
      panels: [
        { x: { label: "t" }, y: { label: "v" }, series: [{ type: "line", label: "v", x: [0, 1], y: [0, NaN] }] },
      ],
    };
    expect(prepareFigure(bad)).toEqual({ ok: false, reason: expect.stringMatching(/y\[1\] \("v"\) is NaN/) });
  });

  it("refuses values too large to draw, instead of passing them to the chart", () => {
    expect(prepareFigure(one([0, 1, 1.7e308]))).toEqual({
      ok: false,
      reason: expect.stringMatching(/too large to draw/),
    });
  });

  it("thins a long series to MAX_POINTS_PER_SERIES, keeping its ends, and says so", () => {
    const y = Array.from({ length: 10_000 }, (_, i) => Math.sin(i / 100));
    const prepared = prepareFigure(one(y));
    if (!prepared.ok) throw new Error(prepared.reason);
    const series = prepared.figure.panels[0]!.series[0]!;
    expect(series.x.length).toBe(MAX_POINTS_PER_SERIES);
    expect([series.x[0], series.x.at(-1)]).toEqual([0, 9999]);
    expect(prepared.notes).toEqual([`“v” has 10,000 points; 4,000 are drawn`]);
  });

  it("checks what came back from a worker (figure data, short series, drawable axes) and gives its axes", () => {
    const fig = one([0, 1]);
    expect(drawableFigure(fig)).toEqual({
      ok: true,
      axes: fig.panels.map((p) => (panelAxes(p) as { axes: unknown }).axes),
    });
    expect(drawableFigure({ type: "figure", panels: null })).toMatchObject({
      reason: expect.stringMatching(/non-empty array of panels/),
    });
    expect(drawableFigure(one(Array.from({ length: MAX_POINTS_PER_SERIES + 1 }, () => 0)))).toMatchObject({
      reason: expect.stringMatching(/more than 4000 points/),
    });
  });
});
