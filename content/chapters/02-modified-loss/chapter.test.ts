// Chapter 2's own tests: its figures against closed forms or hand computations, and each caption's
// Try, run as the caption says (the snippet edited, then run in the worker's evaluator), with its claim checked.
import { describe, expect, it } from "vitest";
import * as numerics from "@descent/numerics";
import { observedOrder, type Figure } from "@descent/numerics";
import { close, series, trying, xs, ys } from "../testing";
import gdVsFlow from "./gd-vs-flow";
import modifiedFlow from "./modified-flow";
import oneStepError from "./one-step-error";
import pathsInThePlane from "./paths-in-the-plane";
import lineOfMinima from "./line-of-minima";

const tryIt = trying(import.meta.dirname);

describe("chapter 2's figures, against closed forms", () => {
  it("figure 2.1: GD dots 1.2, 0.6, 0.3, … at t = kη and the flow 1.2e^{−t}", () => {
    const gd = series(gdVsFlow, 1, /gradient descent/);
    close(
      gd.y,
      Array.from({ length: 11 }, (_, k) => 1.2 * 0.5 ** k),
      15,
    );
    close(
      gd.x,
      Array.from({ length: 11 }, (_, k) => 0.5 * k),
      15,
    );
    const gf = series(gdVsFlow, 1, "gradient flow");
    gf.x.forEach((t, k) => expect(gf.y[k]).toBeCloseTo(1.2 * Math.exp(-t), 14));
    const start = series(gdVsFlow, 0, "θ₀");
    expect(start.y[0]).toBeCloseTo(0.5 * 1.44, 15);
  });

  it("figure 2.2: the modified bowl is ½(λ + ηλ²/2)θ² and its flow 1.2e^{−1.25t}", () => {
    const bowl = series(modifiedFlow, 0, "L_η(θ)");
    bowl.x.forEach((th, k) => expect(bowl.y[k]).toBeCloseTo(0.5 * 1.25 * th * th, 14));
    const flow = series(modifiedFlow, 1, "flow on L_η");
    flow.x.forEach((t, k) => expect(flow.y[k]).toBeCloseTo(1.2 * Math.exp(-1.25 * t), 14));
  });

  it("figure 2.3: one-step errors with slopes 2 (flow on L) and 3 (flow on L_η)", () => {
    const toFlow = series(oneStepError, 0, /flow on L \(/);
    const toModified = series(oneStepError, 0, /flow on L_η/);
    expect(Math.abs(observedOrder(toFlow.x, toFlow.y) - 2)).toBeLessThan(0.1);
    expect(Math.abs(observedOrder(toModified.x, toModified.y) - 3)).toBeLessThan(0.1);
    // Leading term of the first: (η²/2)·H·g with g = θ³ + θ = 2 and H = 3θ² + 1 = 4 at θ = 1.
    const last = toFlow.x.length - 1;
    expect(toFlow.y[last]! / ((toFlow.x[last]! ** 2 / 2) * 8)).toBeCloseTo(1, 1);
  });

  it("figure 2.4: the modified flow stays closer to GD than the original flow at every step", () => {
    const original = series(pathsInThePlane, 1, "flow on L");
    const modified = series(pathsInThePlane, 1, "flow on L_η");
    for (let k = 1; k < original.y.length; k++) expect(modified.y[k]!).toBeLessThan(original.y[k]!);
    expect(Math.max(...original.y) / Math.max(...modified.y)).toBeGreaterThan(4);
  });

  it("figure 2.5: the flow on ½(ab − 1)² keeps a² − b², ends at sharpness √(c² + 4); GD and L_η end flatter", () => {
    const path = series(lineOfMinima, 0, "flow on L");
    path.x.forEach((a, k) => expect(a * a - path.y[k]! * path.y[k]!).toBeCloseTo(4 - 1, 4));
    const end = (label: string) => series(lineOfMinima, 1, label).y.at(-1)!;
    expect(end("flow on L")).toBeCloseTo(Math.sqrt(3 ** 2 + 4), 4);
    expect(end("flow on L_η")).toBeLessThan(end("flow on L") - 0.2);
    expect(end("gradient descent")).toBeLessThan(end("flow on L_η") - 0.2);
    expect(end("gradient descent")).toBeGreaterThanOrEqual(2); // no minimum is flatter than (1, 1)
    // Each GD step multiplies a² − b² by 1 − η²r², r = ab − 1 (2.29).
    const gd = series(lineOfMinima, 0, "gradient descent");
    for (let k = 0; k < 20; k++) {
      const [a, b] = [gd.x[k]!, gd.y[k]!];
      const r = a * b - 1;
      expect(gd.x[k + 1]! ** 2 - gd.y[k + 1]! ** 2).toBeCloseTo((1 - 0.04 * r * r) * (a * a - b * b), 10);
    }
  });
});

describe("chapter 2's captions: each Try, as it says", () => {
  const dots = (fig: Figure, label: RegExp) => {
    const s = series(fig, 1, label);
    return xs(s).map((t, k) => ({ t, y: s.y[k]! }));
  };

  it("Figure 2.1: at η = 0.1 the dots sit almost on the flow 1.2e^{−t}; at 1.5 they alternate in sign", () => {
    const near = dots(tryIt("gd-vs-flow", [["const eta = 0.5;", "const eta = 0.1;"]]).figure, /gradient descent/);
    for (const { t, y } of near) expect(Math.abs(y - 1.2 * Math.exp(-t))).toBeLessThan(0.03);
    const far = dots(tryIt("gd-vs-flow", [["const eta = 0.5;", "const eta = 1.5;"]]).figure, /gradient descent/);
    far.slice(1).forEach(({ y }, k) => expect(Math.sign(y)).toBe(-Math.sign(far[k]!.y)));
    // Every flow of one variable is monotone: the flow here, 1.2e^{−t}, never changes sign.
  });

  it("Figure 2.2: L_η's flow stays near the dots, less so at η = 0.9; at η = 0.1 all three nearly coincide", () => {
    // The flows are known in closed form: 1.2e^{−t} on L and 1.2e^{−(1 + η/2)t} on L_η (λ = 1).
    const gaps = (eta: number) => {
      const fig = tryIt("modified-flow", [["const eta = 0.5;", `const eta = ${eta};`]]).figure;
      const gd = series(fig, 1, "gradient descent");
      let toFlow = 0;
      let toModified = 0;
      xs(gd).forEach((t, k) => {
        toFlow = Math.max(toFlow, Math.abs(gd.y[k]! - 1.2 * Math.exp(-t)));
        toModified = Math.max(toModified, Math.abs(gd.y[k]! - 1.2 * Math.exp(-(1 + eta / 2) * t)));
      });
      return { toFlow, toModified };
    };
    const book = gaps(0.5);
    expect(book.toModified).toBeLessThan(book.toFlow / 3);
    expect(gaps(0.9).toModified).toBeGreaterThan(3 * book.toModified);
    const small = gaps(0.1);
    expect(small.toFlow).toBeLessThan(0.03);
    expect(small.toModified).toBeLessThan(0.002);
  });

  it("Figure 2.3: from θ₀ = 1.5 the lines shift and keep slopes 2 and 3; with η = 0.5 added they bend", () => {
    const slopes = (fig: Figure) => fig.panels[0]!.series.map((s) => numerics.observedOrder(s.x, s.y));
    const book = tryIt("one-step-error", []).figure;
    const moved = tryIt("one-step-error", [["const theta0 = 1;", "const theta0 = 1.5;"]]).figure;
    const [flow, modified] = slopes(moved);
    expect(Math.abs(flow! - 2)).toBeLessThan(0.1);
    expect(Math.abs(modified! - 3)).toBeLessThan(0.1);
    expect(moved.panels[0]!.series[0]!.y[0]).toBeGreaterThan(1.5 * book.panels[0]!.series[0]!.y[0]!);
    const bent = tryIt("one-step-error", [["[0.04, 0.02,", "[0.5, 0.04, 0.02,"]]).figure;
    // The slope between η = 0.5 and 0.04 is no longer the small-η slope.
    for (const [i, order] of [
      [0, 2],
      [1, 3],
    ] as const) {
      const s = bent.panels[0]!.series[i]!;
      const local = Math.log(s.y[0]! / s.y[1]!) / Math.log(s.x[0]! / s.x[1]!);
      expect(Math.abs(local - order)).toBeGreaterThan(0.2);
    }
  });

  it("Figure 2.4: L_η's flow ≈4× closer after a step, ≈10× by t = 3; half the step: gaps halve, quarter", () => {
    const gaps = (edits: [string, string][]) => {
      const fig = tryIt("paths-in-the-plane", edits).figure;
      return { flow: ys(series(fig, 1, "flow on L")), modified: ys(series(fig, 1, "flow on L_η")) };
    };
    const book = gaps([]);
    expect(book.flow[1]! / book.modified[1]!).toBeCloseTo(4.2, 1);
    expect(book.flow.at(-1)! / book.modified.at(-1)!).toBeCloseTo(10, 0);
    const half = gaps([
      ["const eta = 0.05;", "const eta = 0.025;"],
      ["const steps = 60;", "const steps = 120;"],
    ]);
    expect(half.flow.at(-1)! / book.flow.at(-1)!).toBeCloseTo(0.5, 1);
    expect(half.modified.at(-1)! / book.modified.at(-1)!).toBeCloseTo(0.25, 1);
    const larger = [0.1, 0.15].map((eta) => gaps([["const eta = 0.05;", `const eta = ${eta};`]]));
    let before = book;
    for (const next of larger) {
      expect(Math.max(...next.flow)).toBeGreaterThan(Math.max(...before.flow));
      expect(Math.max(...next.modified)).toBeGreaterThan(Math.max(...before.modified));
      expect(Math.max(...next.flow) / Math.max(...next.modified)).toBeLessThan(
        Math.max(...before.flow) / Math.max(...before.modified),
      );
      before = next;
    }
  });

  it("Figure 2.5: at η = 0.1 both end nearer the flow on L; from near the valley all three end together", () => {
    const ends = (edits: [string, string][]) => {
      const fig = tryIt("line-of-minima", edits).figure;
      const end = (label: string) => series(fig, 1, label).y.at(-1)!;
      return { flow: end("flow on L"), modified: end("flow on L_η"), gd: end("gradient descent") };
    };
    const book = ends([]);
    expect(book.flow).toBeCloseTo(Math.sqrt(13), 3);
    expect(book.modified).toBeCloseTo(3.2, 1);
    expect(book.gd).toBeCloseTo(2.73, 1);
    const smaller = ends([["const eta = 0.2;", "const eta = 0.1;"]]);
    expect(book.flow - smaller.modified).toBeLessThan(book.flow - book.modified);
    expect(book.flow - smaller.gd).toBeLessThan(book.flow - book.gd);
    const near = ends([["const start = [2, -1];", "const start = [1.6, 0.7];"]]);
    expect(Math.abs(near.gd - near.flow)).toBeLessThan(0.05);
    expect(Math.abs(near.modified - near.flow)).toBeLessThan(0.05);
  });
});
