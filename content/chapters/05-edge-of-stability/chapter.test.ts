// Chapter 5's own tests: its figures against closed forms and independent measurements (the sharpness
// of the small network's iterates measured again with the package's Hessian-eigenvalue helper, itself
// checked here on a quadratic; where the flow ends, (5.3); the guarantees (5.5) and (5.7)), and each
// caption's Try, run as the caption says, with its claim checked.
import { describe, expect, it } from "vitest";
import { gradientDescent, hessianEigenvalues, objective, quadratic } from "@descent/numerics";
import { series, trying, ys } from "../testing";
import edgeOfStability from "./edge-of-stability";
import modifiedLossFails from "./modified-loss-fails";
import guarantees from "./guarantees";

const tryIt = trying(import.meta.dirname);

/**
 * The network (5.1) with ε = 0.002, written out again here: its loss, its gradient (in the snippet's
 * order of operations, so the runs agree to the last bit) and its Hessian as a matrix,
 * [[b₁² + εb₂², ab₁ + r₁, ε(ab₂ + r₂)], [ab₁ + r₁, a², 0], [ε(ab₂ + r₂), 0, εa²]], r₁ = ab₁ − 1, r₂ = ab₂ − 5.
 */
const epsilon = 0.002;
const net = objective({
  dim: 3,
  value: ([a, b1, b2]) => 0.5 * (a! * b1! - 1) ** 2 + 0.5 * epsilon * (a! * b2! - 5) ** 2,
  grad: ([a, b1, b2]) => {
    const [r1, r2] = [a! * b1! - 1, epsilon * (a! * b2! - 5)];
    return [r1 * b1! + r2 * b2!, r1 * a!, r2 * a!];
  },
  hvp: ([a, b1, b2], [u, v1, v2]) => {
    const [r1, r2] = [a! * b1! - 1, a! * b2! - 5];
    const h = [
      [b1! * b1! + epsilon * b2! * b2!, a! * b1! + r1, epsilon * (a! * b2! + r2)],
      [a! * b1! + r1, a! * a!, 0],
      [epsilon * (a! * b2! + r2), 0, epsilon * a! * a!],
    ];
    return h.map((row) => row[0]! * u! + row[1]! * v1! + row[2]! * v2!);
  },
});
/** Where the flow ends, (5.3): a⁴ = 26, and the larger eigenvalue of JJᵀ (5.2) there. */
const flowEnd = (() => {
  const a2 = Math.sqrt(26);
  const [b1b1, b2b2] = [1 / a2, 25 / a2];
  const [p, q, r] = [a2 + b1b1, Math.sqrt(epsilon * b1b1 * b2b2), epsilon * (a2 + b2b2)];
  return (p + r) / 2 + Math.hypot((p - r) / 2, q);
})();
const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
const lastQuarter = (values: number[]) => values.slice(-Math.floor(values.length / 4));
const increases = (values: number[]) => values.filter((v, k) => k > 0 && v > values[k - 1]!).length;

describe("chapter 5's figures, against closed forms", () => {
  it("the Hessian-eigenvalue helper is exact on a quadratic: 2 − √2, 2, 2 + √2", () => {
    const q = quadratic([
      [2, -1, 0],
      [-1, 2, -1],
      [0, -1, 2],
    ]);
    const values = hessianEigenvalues(q, [0, 0, 0]);
    [2 - Math.SQRT2, 2, 2 + Math.SQRT2].forEach((v, i) => expect(values[i]).toBeCloseTo(v, 13));
  });

  it("figure 5.1: for both step sizes the sharpness, measured again, settles within 10% of 2/η", () => {
    for (const eta of [0.5, 0.7]) {
      const drawn = series(edgeOfStability, 0, `GD, η = ${eta}`);
      // The same run again, its sharpness measured from the Hessian matrix above, compared with the
      // figure's, then with 2/η.
      const run = gradientDescent(net, { x0: [0.5, 0.5, 0], eta, steps: Math.round(1000 / eta) });
      expect(Array.from(run.loss)).toEqual(ys(series(edgeOfStability, 1, `GD, η = ${eta}`)));
      const measured = run.x.map((x) => hessianEigenvalues(net, x).at(-1)!);
      measured.forEach((s, k) => expect(Math.abs(s - drawn.y[k]!)).toBeLessThan(1e-12 * Math.max(1, s)));
      const late = lastQuarter(measured);
      for (const s of late) expect(Math.abs(s - 2 / eta)).toBeLessThan(0.1 * (2 / eta));
      // As the caption says: within 10% from t = 650 on.
      run.t.forEach((t, k) => t >= 650 && expect(Math.abs(measured[k]! - 2 / eta)).toBeLessThan(0.1 * (2 / eta)));
      expect(Math.abs(mean(late) - 2 / eta)).toBeLessThan(0.01 * (2 / eta));
      // The loss falls over the run, but not at every step.
      const loss = series(edgeOfStability, 1, `GD, η = ${eta}`);
      expect(loss.y.at(-1)!).toBeLessThan(1e-2 * loss.y[0]!);
      expect(increases(ys(loss))).toBeGreaterThan(50);
    }
  });

  it("figure 5.1: the flow starts at sharpness 0.75 and ends where (5.3) says, 5.30, its loss always falling", () => {
    const flow = series(edgeOfStability, 0, "gradient flow");
    // At (0.5, 0.5, 0) the Hessian is close to [[0.25, −0.5], [−0.5, 0.25]] on (a, b₁), eigenvalues 0.75 and −0.25.
    expect(flow.y[0]).toBeCloseTo(0.75, 3);
    expect(flow.y.at(-1)!).toBeCloseTo(flowEnd, 4);
    expect(flowEnd).toBeCloseTo(5.2955, 4);
    // (Down to 10⁻¹², where the integrator's own error, 8 digits here, takes over.)
    const flowLoss = ys(series(edgeOfStability, 1, "gradient flow"));
    expect(increases(flowLoss.filter((l) => l > 1e-12))).toBe(0);
    // Until the sharpness reaches 2/η = 4, gradient descent with η = 0.5 stays on the flow's sharpness curve.
    const gd = series(edgeOfStability, 0, "GD, η = 0.5");
    const crossing = gd.y.findIndex((s) => s > 4);
    expect(gd.x[crossing]).toBeGreaterThan(200);
    expect(gd.x[crossing]).toBeLessThan(220);
  });

  it("figure 5.2: the flow on L_η sharpens past 2/η; closer to GD than the flow on L until the edge only", () => {
    const eta = 0.5;
    const modified = series(modifiedLossFails, 0, "flow on L_η");
    expect(modified.y.at(-1)!).toBeGreaterThan(1.25 * (2 / eta));
    const gd = series(modifiedLossFails, 0, "gradient descent");
    const toFlow = series(modifiedLossFails, 1, "flow on L");
    const toModified = series(modifiedLossFails, 1, "flow on L_η");
    // Before the sharpness passes 2/η (t ≈ 210): the flow on L_η at least 3 times closer.
    toFlow.x.forEach((t, k) => t > 5 && t < 200 && expect(toModified.y[k]!).toBeLessThan(toFlow.y[k]! / 3));
    // After the bounce has grown (t > 300): both at least 0.1 away, the advantage gone.
    toFlow.x.forEach((t, k) => {
      if (t <= 300) return;
      expect(toFlow.y[k]!).toBeGreaterThan(0.1);
      expect(toModified.y[k]!).toBeGreaterThan(0.5 * toFlow.y[k]!);
    });
    expect(gd.y.at(-1)!).toBeLessThan(1.1 * (2 / eta));
  });

  it("figure 5.3: both guarantees hold at every step; the convex run is about a tenth of (5.5) for 3 ≤ k ≤ 300", () => {
    const convex = series(guarantees, 0, "gradient descent, η = 1/M");
    const bound = series(guarantees, 0, "‖θ₀ − θ⋆‖²/(2ηk)");
    convex.x.forEach((k, i) => {
      expect(bound.y[i]).toBeCloseTo((20 * 9) / (2 * k), 10);
      expect(convex.y[i]!).toBeLessThanOrEqual(bound.y[i]!);
      if (k >= 3 && k <= 300) {
        expect(convex.y[i]! / bound.y[i]!).toBeGreaterThan(0.06);
        expect(convex.y[i]! / bound.y[i]!).toBeLessThan(0.12);
      }
    });
    const strong = series(guarantees, 1, "gradient descent, η = 1/M");
    const linear = series(guarantees, 1, "(1 − ημ)ᵏ(L(θ₀) − L⋆)");
    // L(θ₀) = Σᵢ cᵢ(√10 − 1) + (0.01/2) · 20 · 3², cᵢ = 10^(−3 + 3i/19); the bound is (1 − η·0.01)ᵏ times
    // that, η = 1/1.01.
    const weights = Array.from({ length: 20 }, (_, i) => 10 ** (-3 + (3 * i) / 19));
    const start = weights.reduce((s, c) => s + c * (Math.sqrt(10) - 1), 0) + 0.005 * 20 * 9;
    linear.x.forEach((k, i) => {
      expect(linear.y[i]! / ((1 - 0.01 / 1.01) ** k * start)).toBeCloseTo(1, 12);
      expect(strong.y[i]!).toBeLessThanOrEqual(linear.y[i]!);
    });
    const convexBound = series(guarantees, 1, "‖θ₀ − θ⋆‖²/(2ηk)");
    expect(strong.y.at(-1)!).toBeLessThan(1e-6 * convexBound.y.at(-1)!);
  });
  it("the prose: for every step size from 0.4 to 0.9 the sharpness settles within a few percent of 2/η", () => {
    for (const eta of [0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
      const fig = tryIt("edge-of-stability", [["const etaA = 0.5;", `const etaA = ${eta};`]]).figure;
      const settled = mean(lastQuarter(ys(series(fig, 0, `GD, η = ${eta}`))));
      expect(Math.abs(settled - 2 / eta)).toBeLessThan(0.03 * (2 / eta));
    }
  });
});

describe("chapter 5's captions: each Try, as it says", () => {
  it("Figure 5.1: η₁ = 0.4 settles at 5; at 0.35 the run follows the flow to 5.30, its loss always falling", () => {
    const at = (eta: string) => tryIt("edge-of-stability", [["const etaA = 0.5;", `const etaA = ${eta};`]]).figure;
    const edge = ys(series(at("0.4"), 0, "GD, η = 0.4"));
    expect(Math.abs(mean(lastQuarter(edge)) - 5)).toBeLessThan(0.02 * 5);
    const below = at("0.35");
    expect(series(below, 0, "GD, η = 0.35").y.at(-1)!).toBeCloseTo(flowEnd, 2);
    expect(increases(ys(series(below, 1, "GD, η = 0.35")))).toBe(0);
  });

  it("Figure 5.2: at η = 0.3 both flows stay close and L_η's closer; at 0.1 both shrink, L_η's much faster", () => {
    const gaps = (eta: string) => {
      const fig = tryIt("modified-loss-fails", [["const eta = 0.5;", `const eta = ${eta};`]]).figure;
      return { flow: ys(series(fig, 1, "flow on L")), modified: ys(series(fig, 1, "flow on L_η")) };
    };
    const mid = gaps("0.3");
    expect(Math.max(...mid.flow)).toBeLessThan(0.05);
    mid.flow.forEach((d, k) => expect(mid.modified[k]!).toBeLessThan(d));
    const small = gaps("0.1");
    expect(Math.max(...small.flow)).toBeLessThan(Math.max(...mid.flow));
    expect(Math.max(...small.modified)).toBeLessThan(Math.max(...mid.modified));
    const ratio = (g: typeof mid) => Math.max(...g.flow) / Math.max(...g.modified);
    expect(ratio(small)).toBeGreaterThan(2 * ratio(mid));
  });

  it("Figure 5.3: μ = 0.001 looks convex for a few hundred steps; μ = 0.05 falls like (1 − ημ)^{2k}", () => {
    const at = (mu: string) =>
      series(tryIt("guarantees", [["const mu = 0.01;", `const mu = ${mu};`]]).figure, 1, "gradient descent, η = 1/M");
    const weak = at("0.001");
    const convex = series(guarantees, 0, "gradient descent, η = 1/M");
    for (const k of [10, 100, 200]) expect(weak.y[k - 1]! / convex.y[k - 1]!).toBeGreaterThan(0.7);
    const strong = at("0.05");
    const eta = 1 / 1.05;
    const perStep = (strong.y[399]! / strong.y[199]!) ** (1 / 200);
    expect(Math.abs(perStep - (1 - eta * 0.05) ** 2)).toBeLessThan(0.1 * (1 - (1 - eta * 0.05) ** 2));
  });
});
