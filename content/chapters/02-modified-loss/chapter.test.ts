// Chapter 2's own tests: its figures against closed forms or hand computations, and each caption's
// Try, run as the caption says (the snippet edited, then run in the worker's evaluator), with its claim checked.
import { describe, expect, it } from "vitest";
import * as numerics from "@descent/numerics";
import { observedOrder, type Figure } from "@descent/numerics";
import { chapterText, close, series, trying, xs, ys } from "../testing";
import gdVsFlow from "./gd-vs-flow";
import modifiedFlow from "./modified-flow";
import oneStepError from "./one-step-error";
import pathsInThePlane from "./paths-in-the-plane";
import lineOfMinima from "./line-of-minima";

const tryIt = trying(import.meta.dirname);
const text = chapterText(import.meta.dirname);

/** The largest eigenvalue of the Hessian of ½(ab − 1)², [[b², 2ab − 1], [2ab − 1, a²]], in closed form. */
const sharpest = (a: number, b: number) => (a * a + b * b) / 2 + Math.hypot((b * b - a * a) / 2, 2 * a * b - 1);

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

  it("figure 2.5: inside the expansion's reach; the flow keeps a² − b²; L_η explains 9/10 of GD's flattening", () => {
    const [a0, b0, eta] = [1.5, -0.5, 0.05];
    const c0 = a0 * a0 - b0 * b0;
    const path = series(lineOfMinima, 0, "flow on L");
    path.x.forEach((a, k) => expect(a * a - path.y[k]! * path.y[k]! - c0).toBeCloseTo(0, 4));
    const end = (label: string) => series(lineOfMinima, 1, label).y.at(-1)!;
    expect(end("flow on L")).toBeCloseTo(Math.sqrt(c0 ** 2 + 4), 4);
    expect(end("flow on L_η")).toBeLessThan(end("flow on L") - 0.03);
    expect(end("gradient descent")).toBeLessThan(end("flow on L_η"));
    expect(end("gradient descent")).toBeGreaterThanOrEqual(2); // no minimum is flatter than ±(1, 1)
    // Each GD step multiplies a² − b² by 1 − η²r², r = ab − 1 (2.27); and ηλ_max stays below 0.2 on the way.
    const gd = series(lineOfMinima, 0, "gradient descent");
    expect([gd.x[0], gd.y[0]]).toEqual([a0, b0]);
    for (let k = 0; k + 1 < gd.x.length; k++) {
      const [a, b] = [gd.x[k]!, gd.y[k]!];
      const r = a * b - 1;
      expect(gd.x[k + 1]! ** 2 - gd.y[k + 1]! ** 2).toBeCloseTo((1 - eta * eta * r * r) * (a * a - b * b), 10);
      expect(eta * sharpest(a, b)).toBeLessThan(0.2);
    }
    // The drop in c = a² − b² at the end, from the end's sharpness: c² = (a² + b²)² − 4 on ab = 1.
    const c = (sharpness: number) => Math.sqrt(sharpness ** 2 - 4);
    const share = (c0 - c(end("flow on L_η"))) / (c0 - c(end("gradient descent")));
    expect(share).toBeGreaterThan(0.85);
    expect(share).toBeLessThan(0.95);
    expect(text.caption("2.5")).toMatch(/nine tenths/);
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

  it("Figure 2.5: η = 0.1 doubles the flattening; from (2, −1), η = 0.2 is beyond reach; near the floor, none", () => {
    const ends = (edits: [string, string][]) => {
      const fig = tryIt("line-of-minima", edits).figure;
      const end = (label: string) => series(fig, 1, label).y.at(-1)!;
      const gd = series(fig, 0, "gradient descent");
      return { flow: end("flow on L"), modified: end("flow on L_η"), gd: end("gradient descent"), path: gd };
    };
    const book = ends([]);
    const doubled = ends([["const eta = 0.05;", "const eta = 0.1;"]]);
    // About twice as far from the flow on L, for both (the effect grows like η).
    expect((doubled.flow - doubled.modified) / (book.flow - book.modified)).toBeCloseTo(2, 0);
    expect((doubled.flow - doubled.gd) / (book.flow - book.gd)).toBeCloseTo(2, 0);
    const far = ends([
      ["const eta = 0.05;", "const eta = 0.2;"],
      ["const start = [1.5, -0.5];", "const start = [2, -1];"],
    ]);
    // At (2, −1): ηλ_max = 0.2·(5 + √109)/2 ≈ 1.54, and the first step multiplies c = 3 by 1 − 0.04·9 = 0.64.
    expect(0.2 * sharpest(2, -1)).toBeCloseTo((0.2 * (5 + Math.sqrt(109))) / 2, 12);
    expect(0.2 * sharpest(2, -1)).toBeCloseTo(1.54, 2);
    const c = (k: number) => far.path.x[k]! ** 2 - far.path.y[k]! ** 2;
    expect(c(1)).toBeCloseTo(3 * 0.64, 12);
    expect((3 - c(1)) / (3 - c(far.path.x.length - 1))).toBeCloseTo(0.95, 2);
    expect(far.flow).toBeCloseTo(Math.sqrt(13), 3);
    expect(far.modified).toBeCloseTo(3.2, 1);
    expect(far.gd).toBeCloseTo(2.73, 1);
    const caption = text.caption("2.5");
    for (const said of ["1.5", "95", "3.20", "2.73"]) expect(caption).toContain(said);
    const near = ends([["const start = [1.5, -0.5];", "const start = [1.6, 0.7];"]]);
    expect(Math.abs(near.gd - near.flow)).toBeLessThan(0.01);
    expect(Math.abs(near.modified - near.flow)).toBeLessThan(0.01);
  });
});

describe("chapter 2's exercises and text, where they state a fact", () => {
  it("Exercise 2.4: the solution's end point is where ab = 1 meets a² − b² = −3 with b < 0, as the run prints", () => {
    // b² = a² + 3 ≥ 3 all along, so b keeps the sign of b₀ = −2; at the end ab = 1, so a < 0 too.
    const c = 1 - 4;
    const a = -Math.sqrt((c + Math.sqrt(c * c + 4)) / 2);
    const b = 1 / a;
    expect(a * a - b * b).toBeCloseTo(c, 12);
    const solution = text.exercise("2.4");
    const said = /\(a, b\) \\approx \(([-−]?[\d.]+), ([-−]?[\d.]+)\)/.exec(solution);
    expect(said, "the solution names the end point").not.toBeNull();
    const [sa, sb] = [said![1]!, said![2]!].map((v) => Number(v.replace("−", "-")));
    expect(sa).toBeCloseTo(a, 2);
    expect(sb).toBeCloseTo(b, 2);
    // The run agrees (its console prints the end).
    const printed = /ends at \((-?[\d.]+), (-?[\d.]+)\)/.exec(tryIt("ex-sharpness", []).console)!;
    expect(Number(printed[1])).toBeCloseTo(a, 3);
    expect(Number(printed[2])).toBeCloseTo(b, 3);
    // On the way a crosses 0 (from 1 to −0.55); b never does.
    expect(solution).toMatch(/crosses the\s+line\s+\$a = 0\$/);
    expect(solution).not.toMatch(/\$b = 0\$/);
  });

  it("says (2.23) holds for any smooth loss on a finite horizon (Gronwall), not only convex ones", () => {
    const reach = text.mdx.slice(
      text.mdx.indexOf("### How far the expansion reaches"),
      text.mdx.indexOf("### What the result says"),
    );
    expect(reach).not.toMatch(/convex losses of this course/);
    expect(reach).toMatch(/are not convex/); // the valley of Figure 2.4 and (2.24), where it holds all the same
    expect(reach).toMatch(/Gronwall/);
    expect(reach).toMatch(/any smooth loss/);
    expect(reach).toMatch(/e\^\{M T\}/);
  });

  it("measures η against 1/λ_max, and names both flattest minima ±(1, 1)", () => {
    expect(text.mdx).not.toMatch(/small next to the loss's curvature/);
    expect(text.mdx).toMatch(/small next to \$1\/\\lambda_\{\\max\}\$/);
    // On ab = 1 the sharpness a² + b² = a² + 1/a² is least, 2, exactly at a = ±1.
    const onValley = (a: number) => a * a + 1 / (a * a);
    for (const a of [0.5, 0.9, 1.1, 2, -0.5, -2]) expect(onValley(a)).toBeGreaterThan(2);
    expect(onValley(1)).toBe(2);
    expect(onValley(-1)).toBe(2);
    expect(text.mdx).toMatch(/flattest minima are \$\(1, 1\)\$ and \$\(-1, -1\)\$/);
  });
});
