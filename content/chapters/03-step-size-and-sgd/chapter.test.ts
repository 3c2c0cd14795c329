// Chapter 3's own tests: its figures against closed forms or hand computations, and each caption's
// Try, run as the caption says (the snippet edited, then run in the worker's evaluator), with its claim checked.
import { describe, expect, it } from "vitest";
import { series, trying, xs, ys } from "../testing";
import hillyTerrain from "./hilly-terrain";
import steepestDirection from "./steepest-direction";
import stepSizes from "./step-sizes";
import gdVsSgd from "./gd-vs-sgd";
import severalDimensions from "./several-dimensions";
import noiseFloor from "./noise-floor";

const tryIt = trying(import.meta.dirname);

describe("chapter 3's figures, against closed forms", () => {
  it("the terrain: from A the deep valley (w ≈ −1.48), from B the shallow one (w ≈ 1.33)", () => {
    const fromA = series(hillyTerrain, 0, "rolled from A");
    const fromB = series(hillyTerrain, 0, "rolled from B");
    // The roots of L′(w) = w³ − 2w + 0.3, by numpy.roots: −1.483968, 0.151747, 1.332221.
    expect(fromA.x.at(-1)!).toBeCloseTo(-1.483968, 4);
    expect(fromB.x.at(-1)!).toBeCloseTo(1.332221, 4);
    expect(fromA.y.at(-1)!).toBeLessThan(fromB.y.at(-1)!);
  });

  it("the steepest direction is the negative gradient's, and the first-order estimate is −η∇Lᵀv", () => {
    const actual = series(steepestDirection, 0, "actual");
    const estimate = series(steepestDirection, 0, "first-order estimate");
    // Rosenbrock at (−0.5, 0.6): ∇L = (−2(1.5) − 4·100·(−0.5)(0.35), 2·100·0.35) = (67, 70).
    const g = [67, 70];
    estimate.x.forEach((deg, k) => {
      const rad = (deg * Math.PI) / 180;
      expect(estimate.y[k]).toBeCloseTo(-0.001 * (g[0]! * Math.cos(rad) + g[1]! * Math.sin(rad)), 12);
    });
    const best = actual.x[actual.y.indexOf(Math.max(...actual.y))]!;
    const downhill = (Math.atan2(-70, -67) * 180) / Math.PI + 360;
    expect(Math.abs(best - downhill)).toBeLessThanOrEqual(1);
  });

  it("step sizes: θ_k = (1 − ηλ)^k θ₀ for each η, growing as 1.1^k past 2/λ", () => {
    for (const [eta, label] of [
      [0.05, "η = 0.05"],
      [0.45, "η = 0.45"],
      [1.05, "η = 1.05 > 2/λ"],
    ] as const) {
      const run = series(stepSizes, 0, label);
      run.x.forEach((k, i) => {
        expect(k).toBeCloseTo(i, 9);
        expect(run.y[i]).toBeCloseTo((1 - 2 * eta) ** i, 12);
      });
    }
  });

  it("SGD against GD: GD's loss falls monotonically; SGD is reproducible and ends near the least-squares fit", () => {
    const gd = series(gdVsSgd, 1, "gradient descent");
    for (let k = 1; k < gd.y.length; k++) expect(gd.y[k]!).toBeLessThanOrEqual(gd.y[k - 1]!);
    const batch10 = series(gdVsSgd, 1, "SGD, batch 10");
    expect(batch10.y.at(-1)! / gd.y.at(-1)!).toBeLessThan(1.2);
    const path = series(gdVsSgd, 0, "SGD, batch 1");
    expect(path.x.at(-1)!).toBeCloseTo(1, 0);
    expect(path.y.at(-1)!).toBeCloseTo(-2, 0);
  });

  it("figure 3.4: each coordinate is (1 − ηλᵢ)^k x₀ᵢ, and the rate is max|1 − ηλᵢ|", () => {
    const eta = 0.18;
    const sizes = [series(severalDimensions, 1, /curvature 1$/), series(severalDimensions, 1, /curvature 10$/)];
    [1, 10].forEach((lambda, i) => {
      const x0 = [4, 1.5][i]!;
      sizes[i]!.x.forEach((k, j) => expect(sizes[i]!.y[j]).toBeCloseTo(Math.abs((1 - eta * lambda) ** k * x0), 12));
    });
    const bound = series(severalDimensions, 1, /rate/);
    bound.x.forEach((k, j) => expect(bound.y[j]).toBeCloseTo(0.82 ** k * Math.hypot(4, 1.5), 10));
    expect(severalDimensions.panels[0]!.levels?.levels.length).toBeGreaterThanOrEqual(8);
  });

  it("figure 3.6: runs with the same η/B level off at the same floor; a doubled η/B floor is higher", () => {
    const floors = series(noiseFloor, 1, "measured floors");
    const same = [0, 1, 2].map((i) => floors.y[i]!);
    for (const f of same) expect(Math.abs(f / same[0]! - 1)).toBeLessThan(0.1);
    expect([...floors.x]).toEqual([0.01, 0.01, 0.01, 0.02]);
    expect(floors.y[3]!).toBeGreaterThan(2 * Math.max(...same));
  });
});

describe("chapter 3's captions: each Try, as it says", () => {
  const terrainEnds = (edits: [string, string][]) => {
    const fig = tryIt("hilly-terrain", edits).figure;
    return {
      a: xs(series(fig, 0, "rolled from A")).slice(-2),
      b: xs(series(fig, 0, "rolled from B")).slice(-2),
    };
  };
  // The valleys' bottoms, where L′(w) = w³ − 2w + 0.3 = 0.
  const deep = -1.4839;
  const shallow = 1.3317;

  it("Figure 3.1: from 0.1, B rolls into the deep valley; at η = 0.5 the run from A settles in the shallow one", () => {
    const moved = terrainEnds([["const startB = 2;", "const startB = 0.1;"]]);
    for (const w of moved.b) expect(w).toBeCloseTo(deep, 2);
    const large = terrainEnds([
      ["const startB = 2;", "const startB = 0.1;"],
      ["const eta = 0.05;", "const eta = 0.5;"],
    ]);
    for (const w of large.a) expect(w).toBeCloseTo(shallow, 2);
    // The limits the caption quotes: 2/L″ at each bottom, L″ = 3w² − 2.
    expect(2 / (3 * deep * deep - 2)).toBeCloseTo(0.43, 2);
    expect(2 / (3 * shallow * shallow - 2)).toBeCloseTo(0.6, 2);
  });

  it("Figure 3.2: at η = 0.3 the best direction moves more than 30° from the negative gradient", () => {
    const { console } = tryIt("steepest-direction", [["const eta = 0.001;", "const eta = 0.3;"]]);
    const [best, downhill] = [...console.matchAll(/φ = ([\d.]+)°/g)].map((m) => Number(m[1]));
    expect(Math.abs(best! - downhill!)).toBeGreaterThan(30);
    const book = tryIt("steepest-direction", []).console;
    const [b0, d0] = [...book.matchAll(/φ = ([\d.]+)°/g)].map((m) => Number(m[1]));
    expect(Math.abs(b0! - d0!)).toBeLessThan(1);
  });

  it("Figure 3.3: at η = 1 the iterates bounce between 1 and −1; at η = 0.5 one step lands on 0", () => {
    const at = (eta: string) =>
      ys(series(tryIt("step-sizes", [["0.45, 1.05]", `0.45, ${eta}]`]]).figure, 0, /η = (1|0\.5)\b/));
    const bounce = at("1");
    bounce.forEach((theta, k) => expect(theta).toBe(k % 2 === 0 ? 1 : -1));
    const label = tryIt("step-sizes", [["0.45, 1.05]", "0.45, 1]"]]).figure.panels[0]!.series[2]!.label;
    expect(label).toBe("η = 1 = 2/λ");
    const once = at("0.5");
    expect(once[0]).toBe(1);
    once.slice(1).forEach((theta) => expect(theta).toBe(0));
  });

  it("Figure 3.4: at η = 2/11 both coordinates shrink by 9/11; at 0.1 the steep one is gone; at 0.21 it grows", () => {
    const sizes = (eta: string) => {
      const fig = tryIt("several-dimensions", [["const eta = 0.18;", `const eta = ${eta};`]]).figure;
      return [series(fig, 1, /curvature 1$/), series(fig, 1, /curvature 10$/)].map((s) => {
        // Sizes by step (a size of exactly 0 is left out of the log scale).
        const bySteps: number[] = [];
        xs(s).forEach((k, j) => (bySteps[k] = s.y[j]!));
        return bySteps;
      });
    };
    const [flat, steep] = sizes("2 / 11");
    for (let k = 1; k < 30; k++) {
      expect(flat[k]! / flat[k - 1]!).toBeCloseTo(9 / 11, 12);
      expect(steep[k]! / steep[k - 1]!).toBeCloseTo(9 / 11, 12);
    }
    const [flat1, steep1] = sizes("0.1");
    expect(steep1.length).toBe(1); // only k = 0: from the first step on, x₂ is exactly 0
    expect(flat1[5]! / flat1[4]!).toBeCloseTo(0.9, 12);
    const [, steep2] = sizes("0.21");
    expect(steep2[10]! / steep2[9]!).toBeCloseTo(1.1, 12);
  });

  it("Figure 3.5: the batch-1 curve is above GD's from t ≈ 7 on (not before); batch 10 stays within 5%", () => {
    const fig = tryIt("gd-vs-sgd", []).figure;
    const gd = series(fig, 1, "gradient descent");
    const one = series(fig, 1, "SGD, batch 1");
    const ten = series(fig, 1, "SGD, batch 10");
    const t = xs(gd);
    const above = t.map((_, k) => one.y[k]! > gd.y[k]!);
    expect(above.slice(t.findIndex((v) => v >= 7)).every(Boolean)).toBe(true);
    expect(
      above
        .slice(
          1,
          t.findIndex((v) => v >= 7),
        )
        .some((a) => !a),
    ).toBe(true); // it crosses before
    t.forEach((v, k) => v >= 7 && expect(Math.abs(ten.y[k]! / gd.y[k]! - 1)).toBeLessThan(0.05));
    // largerBatch = 200: a full batch is gradient descent, to the last bit.
    const full = tryIt("gd-vs-sgd", [["const largerBatch = 10;", "const largerBatch = 200;"]]).figure;
    expect(ys(series(full, 1, "SGD, batch 200"))).toEqual(ys(series(full, 1, "gradient descent")));
  });

  it("Figure 3.6: another seed moves the floors a few percent; batch 20 drops the last floor below the others", () => {
    const floors = (edits: [string, string][]) => ys(series(tryIt("noise-floor", edits).figure, 1, "measured floors"));
    const book = floors([]);
    const other = floors([["const seed = 1;", "const seed = 2;"]]);
    other.forEach((f, i) => expect(Math.abs(f / book[i]! - 1)).toBeLessThan(0.15));
    expect(other[3]!).toBeGreaterThan(2 * Math.max(...other.slice(0, 3)));
    const larger = floors([["{ eta: 0.1, batch: 5 }", "{ eta: 0.1, batch: 20 }"]]);
    expect(larger[3]!).toBeLessThan(Math.min(...larger.slice(0, 3)));
  });
});
