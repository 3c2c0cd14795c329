// Chapter 1's own tests: its figures against closed forms or hand computations, and each caption's
// Try, run as the caption says (the snippet edited, then run in the worker's evaluator), with its claim checked.
import { describe, expect, it } from "vitest";
import * as numerics from "@descent/numerics";
import { observedOrder, type Figure } from "@descent/numerics";
import { series, trying, xs, ys } from "../testing";
import eulerVsExact from "./euler-vs-exact";
import eulerErrorOrder from "./euler-error-order";
import gdOnTheFlow from "./gd-on-the-flow";

const tryIt = trying(import.meta.dirname);

describe("chapter 1's figures, against closed forms", () => {
  it("Euler on the logistic equation: the exact curve is 1/(1 + 9e^{−t}), the first step x₀ + h·x₀(1 − x₀)", () => {
    const exact = series(eulerVsExact, 0, "exact solution");
    exact.x.forEach((t, k) => expect(exact.y[k]).toBeCloseTo(1 / (1 + 9 * Math.exp(-t)), 14));
    const coarse = series(eulerVsExact, 0, "Euler, h = 2");
    expect(coarse.y[1]).toBeCloseTo(0.1 + 2 * 0.1 * 0.9, 15);
    expect(coarse.x).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20]);
  });

  it("Figure 1.1 at its default: with h = 2 the iterates overshoot 1, swing about it and close in only slowly", () => {
    // With e = x − 1, one step of h = 2 is e ↦ e + 2(1 + e)(−e) = −e − 2e²: the linear factor is −1, so
    // only the e² term closes in, by about 8e³ every two steps.
    const e = ys(series(eulerVsExact, 0, "Euler, h = 2")).map((x) => x - 1);
    for (let k = 1; k < e.length; k++) expect(e[k]).toBeCloseTo(-e[k - 1]! - 2 * e[k - 1]! ** 2, 12);
    const swinging = e.slice(3);
    expect(swinging.length).toBeGreaterThanOrEqual(8);
    swinging.slice(1).forEach((d, k) => expect(Math.sign(d)).toBe(-Math.sign(swinging[k]!))); // each step crosses 1
    for (let k = 2; k < swinging.length; k++) {
      const shrink = Math.abs(swinging[k]! / swinging[k - 2]!);
      expect(shrink).toBeLessThan(1); // closing in
      expect(shrink).toBeGreaterThan(0.85); // slowly: by under 15% every two steps
    }
    expect(Math.abs(e.at(-1)!)).toBeGreaterThan(0.05); // and still visibly off at the end
  });

  it("Euler's error: slope 1 over a fixed time, slope 2 for one step", () => {
    const global = series(eulerErrorOrder, 0, /error at t/);
    const local = series(eulerErrorOrder, 0, /one step/);
    expect(Math.abs(observedOrder(global.x, global.y) - 1)).toBeLessThan(0.1);
    expect(Math.abs(observedOrder(local.x, local.y) - 2)).toBeLessThan(0.1);
    // One step from 1 with h: |1 − h − e^{−h}|.
    local.x.forEach((h, k) => expect(local.y[k]).toBeCloseTo(Math.abs(1 - h - Math.exp(-h)), 15));
  });

  it("GD on the narrow bowl: the iterates are (I − ηA)^k θ₀ and the flow is e^{−At}θ₀", () => {
    // A = [[3.5, 2.5], [2.5, 3.5]] has eigenvectors (1, 1)/√2 (λ = 6) and (1, −1)/√2 (λ = 1).
    const theta0 = [2, 1.5];
    const [p, m] = [(theta0[0]! + theta0[1]!) / 2, (theta0[0]! - theta0[1]!) / 2];
    const at = (phi6: number, phi1: number) => [p * phi6 + m * phi1, p * phi6 - m * phi1];
    const gd = series(gdOnTheFlow, 0, "gradient descent");
    gd.x.forEach((x1, k) => {
      const [w1, w2] = at((1 - 0.1 * 6) ** k, (1 - 0.1) ** k);
      expect(x1).toBeCloseTo(w1!, 12);
      expect(gd.y[k]).toBeCloseTo(w2!, 12);
    });
    const flowLoss = series(gdOnTheFlow, 1, "gradient flow");
    flowLoss.x.forEach((t, k) => {
      const [w1, w2] = at(Math.exp(-6 * t), Math.exp(-t));
      const f = 0.5 * (3.5 * w1! * w1! + 5 * w1! * w2! + 3.5 * w2! * w2!);
      expect(flowLoss.y[k]! / f).toBeCloseTo(1, 10);
    });
  });
});

describe("chapter 1's captions: each Try, as it says", () => {
  it("Figure 1.1: with h = 0.1 the iterates hardly leave the exact curve (by under 2% of its rise)", () => {
    const { figure } = tryIt("euler-vs-exact", [["[2, 1, 0.5]", "[2, 1, 0.5, 0.1]"]]);
    const run = series(figure, 0, "Euler, h = 0.1");
    xs(run).forEach((t, k) => expect(Math.abs(run.y[k]! - 1 / (1 + 9 * Math.exp(-t)))).toBeLessThan(0.02));
  });

  it("Figure 1.1: with h = 2.5 and T = 40 the iterates swing about 1 among four values, never settling", () => {
    const { figure } = tryIt("euler-vs-exact", [
      ["[2, 1, 0.5]", "[2, 1, 0.5, 0.1, 2.5]"],
      ["const T = 20;", "const T = 40;"],
    ]);
    const late = ys(series(figure, 0, "Euler, h = 2.5")).slice(-8);
    // Period four: each value comes back four steps later, and the four are far apart.
    late.slice(0, 4).forEach((x, k) => expect(Math.abs(x - late[k + 4]!)).toBeLessThan(1e-3));
    const four = late.slice(0, 4).sort();
    for (let k = 1; k < 4; k++) expect(four[k]! - four[k - 1]!).toBeGreaterThan(0.05);
    expect(Math.min(...four)).toBeLessThan(1);
    expect(Math.max(...four)).toBeGreaterThan(1);
  });

  it("Figure 1.2: on dx/dt = −2x the errors move, their slopes (1 and 2) do not", () => {
    const before = tryIt("euler-error-order", []).figure;
    const { figure } = tryIt("euler-error-order", [
      ["[-x[0]]", "[-2 * x[0]]"],
      ["Math.exp(-T)", "Math.exp(-2 * T)"],
      ["Math.exp(-h)", "Math.exp(-2 * h)"],
    ]);
    const global = series(figure, 0, /error at t/);
    const local = series(figure, 0, /one step/);
    expect(Math.abs(numerics.observedOrder(global.x, global.y) - 1)).toBeLessThan(0.1);
    expect(Math.abs(numerics.observedOrder(local.x, local.y) - 2)).toBeLessThan(0.1);
    // One step from 1: |1 − 2h − e^{−2h}|, four times the former's leading term 2h².
    xs(local).forEach((h, k) => expect(local.y[k]).toBeCloseTo(Math.abs(1 - 2 * h - Math.exp(-2 * h)), 14));
    expect(global.y[0]).not.toBeCloseTo(series(before, 0, /error at t/).y[0]!, 6);
  });

  it("Figure 1.3: at η = 0.3 the iterates zigzag across the valley and settle; at 0.4 they fly off", () => {
    // Across the valley is the eigenvector (1, 1) of curvature 6: its coordinate is multiplied by 1 − 6η.
    const across = (fig: Figure) => {
      const gd = series(fig, 0, "gradient descent");
      return xs(gd).map((x, k) => (x + gd.y[k]!) / Math.SQRT2);
    };
    const zigzag = across(tryIt("gd-on-the-flow", [["const eta = 0.1;", "const eta = 0.3;"]]).figure);
    zigzag.slice(1, 10).forEach((c, k) => {
      expect(Math.sign(c)).toBe(-Math.sign(zigzag[k]!)); // it changes side every step
      expect(c / zigzag[k]!).toBeCloseTo(1 - 6 * 0.3, 12);
    });
    const off = across(tryIt("gd-on-the-flow", [["const eta = 0.1;", "const eta = 0.4;"]]).figure);
    expect(Math.abs(off.at(-1)!)).toBeGreaterThan(1000 * Math.abs(off[0]!));
  });
});
