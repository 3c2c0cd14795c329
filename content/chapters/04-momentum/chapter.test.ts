// Chapter 4's own tests: its figures against closed forms (the heavy ball's recurrence solved by its
// characteristic roots, the damped oscillator, Nesterov's flow 2J₁(t)/t, Polyak's rate, the convex
// bounds), and each caption's Try, run as the caption says, with its claim checked.
import { describe, expect, it } from "vitest";
import type { Figure } from "@descent/numerics";
import { besselJ1, dampedOscillator, heavyBallCoordinate } from "../../../packages/numerics/test/closed-forms";
import { series, trying, xs, ys } from "../testing";
import heavyBallFlow from "./heavy-ball-flow";
import rateMap from "./rate-map";
import zigzagDamped from "./zigzag-damped";
import ringing from "./ringing";
import nesterovFigure from "./nesterov";

const tryIt = trying(import.meta.dirname);

/**
 * The spectral radius of T_λ = [[1 + β − ηλ, −β], [1, 0]], from the roots of r² − sr + β written out
 * here: complex roots have modulus √β, real ones are (s ± √(s² − 4β))/2.
 */
const radius = (eta: number, beta: number, lambda: number) => {
  const s = 1 + beta - eta * lambda;
  const d = s * s - 4 * beta;
  return d < 0 ? Math.sqrt(beta) : Math.max(Math.abs(s + Math.sqrt(d)), Math.abs(s - Math.sqrt(d))) / 2;
};
const sqrt10 = Math.sqrt(10);

describe("chapter 4's figures, against closed forms", () => {
  it("figure 4.1: the flow is the damped oscillator (γ = 1), the dots the heavy ball's roots at t = k√η", () => {
    const flow = series(heavyBallFlow, 0, "θ̈ + γθ̇ + λθ = 0");
    flow.x.forEach((t, k) => expect(flow.y[k]).toBeCloseTo(dampedOscillator(1, 1, 1, t), 9));
    const ball = series(heavyBallFlow, 0, "heavy ball");
    ball.x.forEach((t, k) => {
      expect(t).toBeCloseTo(0.2 * k, 12);
      expect(ball.y[k]).toBeCloseTo(heavyBallCoordinate(0.04, 0.8, 1, 1, k), 12);
    });
    const creeping = series(heavyBallFlow, 0, "γθ̇ = −λθ");
    creeping.x.forEach((t, k) => expect(creeping.y[k]).toBeCloseTo(Math.exp(-t), 12));
  });

  it("figure 4.2: the best pairs where (4.10) and (3.12) put them; the radii and level sets", () => {
    const best = series(rateMap, 0, "Polyak's best pair");
    expect(best.x[0]).toBeCloseTo(4 / (sqrt10 + 1) ** 2, 14);
    expect(best.y[0]).toBeCloseTo(((sqrt10 - 1) / (sqrt10 + 1)) ** 2, 14);
    expect(series(rateMap, 0, "gradient descent's best").x[0]).toBeCloseTo(2 / 11, 14);
    // The rate at Polyak's pair is (√κ − 1)/(√κ + 1), at gradient descent's (κ − 1)/(κ + 1).
    const { console } = tryIt("rate-map", []);
    expect(Number(/Polyak's pair .*rate ([\d.]+)/.exec(console)![1])).toBeCloseTo((sqrt10 - 1) / (sqrt10 + 1), 4);
    expect(Number(/gradient descent at .*rate ([\d.]+)/.exec(console)![1])).toBeCloseTo(9 / 11, 4);
    // Right: the heavy ball's radius for the chosen pair (0.1, 0.6) and gradient descent's |1 − ηλ|.
    const curve = series(rateMap, 1, "heavy ball, your pair");
    curve.x.forEach((lambda, k) => expect(curve.y[k]).toBeCloseTo(radius(0.1, 0.6, lambda), 12));
    const gd = series(rateMap, 1, /gradient descent/);
    gd.x.forEach((lambda, k) => expect(gd.y[k]).toBeCloseTo(Math.abs(1 - (2 / 11) * lambda), 12));
    // Each level curve of the map passes where the worst radius over {1, 10} takes its level, to the
    // grid's resolution: within one grid cell of every point the exact rate is above the level somewhere
    // and below it somewhere.
    const levels = rateMap.panels[0]!.levels!;
    expect(levels.levels).toEqual([0.55, 0.6, 0.7, 0.8, 0.9, 0.95]);
    const [cellEta, cellBeta] = [(0.42 - 0.002) / 99, 0.98 / 99];
    const worst = (eta: number, beta: number) => Math.max(radius(eta, beta, 1), radius(eta, beta, 10));
    for (const piece of levels.lines) {
      piece.x.forEach((eta, i) => {
        const around = [-1, 0, 1].flatMap((a) =>
          [-1, 0, 1].map((b) => worst(eta + a * cellEta, piece.y[i]! + b * cellBeta)),
        );
        expect(Math.min(...around)).toBeLessThanOrEqual(piece.level);
        expect(Math.max(...around)).toBeGreaterThanOrEqual(piece.level);
      });
    }
  });

  it("figure 4.3: GD's coordinates are (1 − ηλ)ᵏθ₀, the heavy ball's its recurrence's closed form", () => {
    const gd = series(zigzagDamped, 0, "gradient descent");
    const ball = series(zigzagDamped, 0, "heavy ball");
    for (let k = 0; k <= 30; k++) {
      expect(gd.x[k]).toBeCloseTo(-4 * (1 - 2 / 11) ** k, 12);
      expect(gd.y[k]).toBeCloseTo(1.5 * (1 - 20 / 11) ** k, 12);
      expect(ball.x[k]).toBeCloseTo(heavyBallCoordinate(0.1, 0.5, 1, -4, k), 12);
      expect(ball.y[k]).toBeCloseTo(heavyBallCoordinate(0.1, 0.5, 10, 1.5, k), 12);
    }
    // Both curvatures are inside the band (4.8): the rate is √0.5, and the steep coordinate does not
    // flip sign at every step (it turns by about 70°), while gradient descent's does.
    const rate = series(zigzagDamped, 1, /^0\.707/);
    rate.x.forEach((k, i) => expect(rate.y[i]).toBeCloseTo(Math.SQRT1_2 ** k * Math.hypot(4, 1.5), 10));
    expect(Math.acos((1.5 - 1) / (2 * Math.SQRT1_2)) * (180 / Math.PI)).toBeCloseTo(69.3, 1);
    for (let k = 1; k <= 30; k++) expect(Math.sign(gd.y[k]!)).toBe(-Math.sign(gd.y[k - 1]!));
    expect(ball.y.slice(0, 10).some((y, k) => k > 0 && Math.sign(y) === Math.sign(ball.y[k - 1]!) && y !== 0)).toBe(
      true,
    );
  });

  it("figure 4.4: the three runs are (1 − ηλ)ᵏ, (1 + √(ηλ)k)(1 − √(ηλ))ᵏ and the ringing closed form", () => {
    const gd = series(ringing, 0, /gradient descent/);
    gd.y.forEach((theta, k) => expect(theta).toBeCloseTo(0.96 ** k, 12));
    const critical = series(ringing, 0, /critical/);
    critical.y.forEach((theta, k) => expect(theta).toBeCloseTo((1 + 0.2 * k) * 0.8 ** k, 10));
    const rings = series(ringing, 0, /rings/);
    rings.y.forEach((theta, k) => expect(theta).toBeCloseTo(heavyBallCoordinate(0.04, 0.9, 1, 1, k), 12));
    // The overshoot the caption quotes: about −0.44.
    expect(Math.min(...rings.y)).toBeCloseTo(-0.44, 2);
    // Right: the radius against β is lowest, 0.8, at β_c = (1 − √(ηλ))² = 0.64, and √β to its right.
    const curve = series(ringing, 1, "spectral radius");
    curve.x.forEach((b, k) => expect(curve.y[k]).toBeCloseTo(radius(0.04, b, 1), 12));
    const lowest = curve.x[curve.y.indexOf(Math.min(...curve.y))]!;
    expect(Math.abs(lowest - 0.64)).toBeLessThan(0.01);
    curve.x.forEach((b, k) => b > 0.65 && expect(curve.y[k]).toBeCloseTo(Math.sqrt(b), 12));
  });

  it("figure 4.5: Nesterov's flow is 2J₁(t)/t; on the convex bowl each run stays below its guarantee (4.16)", () => {
    const flow = series(nesterovFigure, 0, "θ̈ + (3/t)θ̇ + θ = 0");
    flow.x.forEach((t, k) => expect(flow.y[k]).toBeCloseTo(t === 0 ? 1 : (2 * besselJ1(t)) / t, 8));
    const dots = series(nesterovFigure, 0, "Nesterov's method");
    expect(dots.x.at(-1)).toBeCloseTo(15, 9);
    dots.x.forEach((t, k) => expect(t).toBeCloseTo(0.1 * k, 12));
    // The bowl: 40 curvatures 10^(−4 + 4i/39), θ₀ = 1, θ⋆ = 0, L⋆ = 0; ‖θ₀ − θ⋆‖² = 40; η = 1.
    const curvatures = Array.from({ length: 40 }, (_, i) => 10 ** (-4 + (4 * i) / 39));
    const gd = series(nesterovFigure, 1, "gradient descent");
    gd.x.forEach((k, i) => {
      // Gradient descent on a diagonal quadratic: L(θ_k) = ½Σ λᵢ(1 − ηλᵢ)^{2k}.
      const exact = curvatures.reduce((s, l) => s + 0.5 * l * (1 - l) ** (2 * k), 0);
      expect(gd.y[i]! / exact).toBeCloseTo(1, 10);
      expect(gd.y[i]!).toBeLessThanOrEqual(40 / (2 * k));
    });
    const fast = series(nesterovFigure, 1, "Nesterov");
    fast.x.forEach((k, i) => expect(fast.y[i]!).toBeLessThanOrEqual((2 * 40) / (k + 1) ** 2));
    // Slopes near −1 and −2 on log-log axes between k = 30 and k = 300.
    const slope = (s: typeof gd) => {
      const at = (k: number) => s.y[s.x.findIndex((j) => j >= k)]!;
      const [k1, k2] = [s.x.find((j) => j >= 30)!, s.x.find((j) => j >= 300)!];
      return Math.log(at(300) / at(30)) / Math.log(k2 / k1);
    };
    expect(Math.abs(slope(gd) + 1)).toBeLessThan(0.15);
    expect(slope(fast)).toBeLessThan(-1.6);
  });
});

describe("chapter 4's captions: each Try, as it says", () => {
  it("Figure 4.1: β = 0.6 (γ = 2) never crosses zero; β = 0.2 creeps near γθ̇ = −λθ; η = 0.2 leaves the curve", () => {
    const critical = tryIt("heavy-ball-flow", [["const beta = 0.8;", "const beta = 0.6;"]]).figure;
    expect(Math.min(...ys(series(critical, 0, "heavy ball")))).toBeGreaterThanOrEqual(0);
    const flow = series(critical, 0, "θ̈ + γθ̇ + λθ = 0");
    flow.x.forEach((t, k) => expect(flow.y[k]).toBeCloseTo((1 + t) * Math.exp(-t), 8)); // critical damping
    // It is down to 0.05 sooner than the creeping run.
    const creeping = tryIt("heavy-ball-flow", [["const beta = 0.8;", "const beta = 0.2;"]]).figure;
    const first = (fig: Figure) => {
      const s = series(fig, 0, "heavy ball");
      return s.x[s.y.findIndex((y) => Math.abs(y) < 0.05)]!;
    };
    expect(first(critical)).toBeLessThan(first(creeping));
    const dots = series(creeping, 0, "heavy ball");
    // γ = 4: the slowed first-order flow is e^{−t/4}; the heavy ball stays within 0.05 of it.
    dots.x.forEach((t, k) => expect(Math.abs(dots.y[k]! - Math.exp(-t / 4))).toBeLessThan(0.05));
    // η = 0.2: h = √0.2 and γ = 0.2/√0.2; the dots' distance from the flow grows well beyond the book's.
    const gap = (eta: number, beta: number, fig: Figure) => {
      const s = series(fig, 0, "heavy ball");
      const gamma = (1 - beta) / Math.sqrt(eta);
      return Math.max(...xs(s).map((t, k) => Math.abs(s.y[k]! - dampedOscillator(gamma, 1, 1, t))));
    };
    const coarse = tryIt("heavy-ball-flow", [["const eta = 0.04;", "const eta = 0.2;"]]).figure;
    expect(gap(0.2, 0.8, coarse)).toBeGreaterThan(2 * gap(0.04, 0.8, heavyBallFlow));
  });

  it("Figure 4.2: at Polyak's pair the radius is √β on [1, 10]; at β = 0, |1 − ηλ|; past the edge, above 1", () => {
    const at = (pair: string) =>
      series(
        tryIt("rate-map", [["const chosen = [0.1, 0.6];", `const chosen = ${pair};`]]).figure,
        1,
        "heavy ball, your pair",
      );
    const polyak = at("[0.2309, 0.2699]");
    polyak.x.forEach(
      (lambda, k) =>
        lambda >= 1 && lambda <= 10 && expect(Math.abs(polyak.y[k]! - Math.sqrt(0.2699))).toBeLessThan(0.005),
    );
    const gd = at("[0.1818, 0]");
    gd.x.forEach((lambda, k) => expect(gd.y[k]).toBeCloseTo(Math.abs(1 - 0.1818 * lambda), 12));
    const beyond = at("[0.35, 0.5]");
    const at10 = beyond.y[beyond.x.findIndex((l) => l >= 10)]!;
    expect(at10).toBeGreaterThan(1);
  });

  it("Figure 4.3: at Polyak's pair the zigzag is back, wider for four steps; β = 0 removes θ₂ in one step", () => {
    const polyak = tryIt("zigzag-damped", [
      ["const eta = 0.1;", "const eta = 0.2309;"],
      ["const beta = 0.5;", "const beta = 0.2699;"],
    ]).figure;
    const ball = series(polyak, 0, "heavy ball");
    const gd = series(polyak, 0, "gradient descent");
    for (let k = 1; k <= 10; k++) expect(Math.sign(ball.y[k]!)).toBe(-Math.sign(ball.y[k - 1]!));
    expect(Math.abs(ball.y[1]!)).toBeGreaterThan(Math.abs(gd.y[1]!));
    expect(Math.abs(ball.y[2]!)).toBeGreaterThan(Math.abs(gd.y[2]!));
    for (let k = 5; k <= 30; k++) expect(Math.abs(ball.y[k]!)).toBeLessThan(Math.abs(gd.y[k]!));
    expect(Math.abs(ball.y[4]!)).toBeGreaterThan(Math.abs(gd.y[4]!));
    expect(Math.abs(ball.y[10]!)).toBeLessThan(Math.abs(gd.y[10]!) / 5);
    // The rate there is about (√10 − 1)/(√10 + 1) = 0.5195 (the pair is rounded to four digits).
    const { console } = tryIt("zigzag-damped", [
      ["const eta = 0.1;", "const eta = 0.2309;"],
      ["const beta = 0.5;", "const beta = 0.2699;"],
    ]);
    expect(Math.abs(Number(/heavy ball: .*rate ([\d.]+)/.exec(console)![1]) - 0.5195)).toBeLessThan(0.01);
    const plain = series(tryIt("zigzag-damped", [["const beta = 0.5;", "const beta = 0;"]]).figure, 0, "heavy ball");
    ys(plain)
      .slice(1)
      .forEach((y) => expect(y).toBe(0));
    for (let k = 1; k < 30; k++) expect(plain.x[k + 1]! / plain.x[k]!).toBeCloseTo(0.9, 12);
  });

  it("Figure 4.4: β = 0.65 is nearer the critical run than 0.9; at 0.99 swings keep two thirds for 80 steps", () => {
    const distance = (beta: string) => {
      const fig = tryIt("ringing", [["const beta = 0.9;", `const beta = ${beta};`]]).figure;
      const rings = series(fig, 0, /rings/);
      const critical = series(fig, 0, /critical/);
      return Math.max(...ys(rings).map((y, k) => Math.abs(y - critical.y[k]!)));
    };
    expect(distance("0.65")).toBeLessThan(0.2 * distance("0.9"));
    const slow = series(tryIt("ringing", [["const beta = 0.9;", "const beta = 0.99;"]]).figure, 0, /rings/);
    const late = Math.max(...ys(slow).slice(60).map(Math.abs));
    expect(late).toBeGreaterThan(0.6);
    expect(Math.sqrt(0.99) ** 80).toBeCloseTo(0.67, 2);
  });

  it("Figure 4.5: at η = 0.5 both bounds hold, both runs slower; at 1.5 GD converges, Nesterov diverges", () => {
    const half = tryIt("nesterov", [["const eta = 1;", "const eta = 0.5;"]]).figure;
    const book = nesterovFigure;
    const gd = series(half, 1, "gradient descent");
    const fast = series(half, 1, "Nesterov");
    gd.x.forEach((k, i) => expect(gd.y[i]!).toBeLessThanOrEqual(40 / (2 * 0.5 * k)));
    fast.x.forEach((k, i) => expect(fast.y[i]!).toBeLessThanOrEqual(80 / (0.5 * (k + 1) ** 2)));
    expect(gd.y.at(-1)!).toBeGreaterThan(series(book, 1, "gradient descent").y.at(-1)!);
    expect(fast.y.at(-1)!).toBeGreaterThan(series(book, 1, "Nesterov").y.at(-1)!);
    const large = tryIt("nesterov", [["const eta = 1;", "const eta = 1.5;"]]).figure;
    const gdLarge = series(large, 1, "gradient descent");
    expect(gdLarge.y.at(-1)!).toBeLessThan(gdLarge.y[0]!);
    const fastLarge = series(large, 1, "Nesterov");
    expect(fastLarge.x.length).toBeLessThan(gdLarge.x.length);
    expect(fastLarge.y.at(-1)!).toBeGreaterThan(1e100);
  });
});
