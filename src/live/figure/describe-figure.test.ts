import { describe, expect, it } from "vitest";
import { figure, line, panel, points } from "@descent/numerics";
import { describeFigure, describePanel } from "./describe-figure";

describe("the text alternative of a figure", () => {
  it("names the axes, the log scales and each series with its extent", () => {
    const p = panel({
      title: "Loss",
      x: "t",
      y: { label: "L_η(θ)", log: true },
      series: [line("flow", [0, 1, 2], [1, 0.5, 0.25]), points("θ₀", [0], [1.2])],
    });
    expect(describePanel(p)).toBe(
      "Loss: Lη(θ) against t (logarithmic y). flow (curve, 3 points, from (0, 1) to (2, 0.25)); θ₀ (point at 0, 1.2).",
    );
  });

  it("says where a run diverged, and that a series is empty", () => {
    const diverged = { ...line("GD", [0, 1], [1, 3]), diverged: { step: 2 } };
    const p = panel({ x: "k", y: "θ", series: [diverged, line("none", [], [])] });
    expect(describePanel(p)).toMatch(
      /GD \(curve, 2 points, from \(0, 1\) to \(1, 3\), diverged at step 2\); none \(empty\)\./,
    );
  });

  it("goes panel by panel, left and right for two", () => {
    const a = panel({ x: "x", y: "y", series: [] });
    expect(describeFigure(figure({ panels: [a, a] }))).toMatch(/^Left — y against x\. \. Right — /);
    expect(describeFigure(figure({ panels: [a, a, a] }))).toMatch(/Panel 3 — /);
  });
});
