// Chapter 3's own tests: its figures against closed forms or hand computations, and each caption's
// Try, run as the caption says (the snippet edited, then run in the worker's evaluator), with its claim checked.
import { describe, expect, it } from "vitest";
import { chapterText, checking, series, trying, xs, ys } from "../testing";
import { deepBottom, ridge, shallowBottom, twoCycles } from "./ex-which-valley.answer";
import * as whichValley from "./ex-which-valley";
import * as noiseFloorSolution from "./ex-noise-floor.solution";
import hillyTerrain from "./hilly-terrain";
import steepestDirection from "./steepest-direction";
import stepSizes from "./step-sizes";
import gdVsSgd from "./gd-vs-sgd";
import severalDimensions from "./several-dimensions";
import noiseFloor from "./noise-floor";
import sgdIterates from "./sgd-iterates";
import { randomGenerator, type Figure } from "@descent/numerics";

const tryIt = trying(import.meta.dirname);

/** σ² of the 1000 numbers of Exercise 3.6 and Figure 3.7 (drawn here as the snippets draw them). */
const sigma2 = (() => {
  const random = randomGenerator(7);
  const a = Array.from({ length: 1000 }, () => random.normal());
  const mean = a.reduce((s, v) => s + v, 0) / a.length;
  return a.reduce((s, v) => s + (v - mean) ** 2, 0) / a.length;
})();
/** The variance about 0 of Figure 3.7's histogram, read from its bars (centre², height, width). */
const histogramVariance = (fig: Figure) => {
  const bars = series(fig, 0, "SGD's iterates");
  return bars.x.reduce((s, c, i) => s + c * c * bars.y[i]! * bars.binWidth!, 0);
};
const verdict = checking(import.meta.dirname);
const text = chapterText(import.meta.dirname);

describe("chapter 3's figures, against closed forms", () => {
  it("the terrain: from A the deep valley (θ ≈ −1.48), from B the shallow one (θ ≈ 1.33)", () => {
    const fromA = series(hillyTerrain, 0, "rolled from A");
    const fromB = series(hillyTerrain, 0, "rolled from B");
    // The roots of L′(θ) = θ³ − 2θ + 0.3, by numpy.roots: −1.483968, 0.151747, 1.332221.
    expect([deepBottom, ridge, shallowBottom].map((r) => Number(r.toFixed(6)))).toEqual([
      -1.483968, 0.151747, 1.332221,
    ]);
    expect(fromA.x.at(-1)!).toBeCloseTo(deepBottom, 4);
    expect(fromB.x.at(-1)!).toBeCloseTo(shallowBottom, 4);
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

  it("Figure 3.7: SGD's iterates have variance ησ²/(B(2 − η)), under the normal density of that variance", () => {
    const theory = (0.1 * sigma2) / (1 * (2 - 0.1));
    // Sampling error (≈ 2,000 independent samples) and the ≈ 2 % reshuffled epochs remove: within 6 %.
    expect(Math.abs(histogramVariance(sgdIterates) / theory - 1)).toBeLessThan(0.06);
    const bars = series(sgdIterates, 0, "SGD's iterates");
    const area = bars.y.reduce((s, h) => s + h * bars.binWidth!, 0);
    expect(area).toBeGreaterThan(0.999); // all but a share of e^{−8}-ish lies within ±4σ
    const gaussian = series(sgdIterates, 0, /^Gaussian/);
    gaussian.x.forEach((e, k) =>
      expect(gaussian.y[k]).toBeCloseTo(Math.exp(-(e * e) / (2 * theory)) / Math.sqrt(2 * Math.PI * theory), 10),
    );
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
  // The valleys' bottoms, where L′(θ) = θ³ − 2θ + 0.3 = 0.
  const deep = deepBottom;
  const shallow = shallowBottom;

  it("Figure 3.1: from 0.1, B rolls into the deep valley; at η = 0.5 it settles in the map's 2-cycle there", () => {
    const moved = terrainEnds([["const startB = 2;", "const startB = 0.1;"]]);
    for (const theta of moved.b) expect(theta).toBeCloseTo(deep, 2);
    const large = terrainEnds([
      ["const startB = 2;", "const startB = 0.1;"],
      ["const eta = 0.05;", "const eta = 0.5;"],
    ]);
    // The 2-cycle of θ ↦ θ − 0.5·L′(θ) in the deep valley, in closed form: it attracts, the bottom repels.
    const [cycle] = twoCycles(0.5).filter(({ points }) => points[1] < ridge);
    expect(Math.abs(cycle!.multiplier)).toBeLessThan(1);
    expect(Math.abs(1 - 0.5 * (3 * deep * deep - 2))).toBeGreaterThan(1);
    expect([...large.b].sort((a, b) => a - b)).toEqual([
      expect.closeTo(cycle!.points[0], 6),
      expect.closeTo(cycle!.points[1], 6),
    ]);
    // A's first step, from the steep wall: −2.2 − 0.5·L′(−2.2), L′(−2.2) = −10.648 + 4.4 + 0.3 = −5.948.
    const fromA = xs(
      series(tryIt("hilly-terrain", [["const eta = 0.05;", "const eta = 0.5;"]]).figure, 0, "rolled from A"),
    );
    expect(fromA[1]).toBeCloseTo(-2.2 + 0.5 * 5.948, 12);
    expect(fromA[1]!).toBeGreaterThan(ridge); // over the ridge in one step
    for (const theta of large.a) expect(theta).toBeCloseTo(shallow, 2);
    // The limits the caption quotes: 2/L″ at each bottom, L″ = 3θ² − 2.
    expect(2 / (3 * deep * deep - 2)).toBeCloseTo(0.43, 2);
    expect(2 / (3 * shallow * shallow - 2)).toBeCloseTo(0.6, 2);
    // And the caption says this, not that the deep valley throws the iterates out.
    const caption = text.caption("3.1");
    for (const said of [/-1\.69/, /-1\.12/, /0\.77/, /-5\.95/, /2-cycle/]) expect(caption).toMatch(said);
    expect(cycle!.points[0]).toBeCloseTo(-1.69, 2);
    expect(cycle!.points[1]).toBeCloseTo(-1.12, 2);
    expect(caption).not.toMatch(/thrown out/);
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
      // Parallel lines on the log scale, a constant factor apart: the start's 4/1.5 = 8/3.
      expect(flat[k]! / steep[k]!).toBeCloseTo(8 / 3, 12);
    }
    expect(text.caption("3.4")).toMatch(/parallel/);
    expect(text.caption("3.4")).toContain("8/3");
    expect(text.caption("3.4")).not.toMatch(/on top of/);
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

  it("Figure 3.6: seeds 2 to 12 move the floors by up to 34%; the pattern stays; batch 20 drops the last floor", () => {
    const floors = (edits: [string, string][]) => ys(series(tryIt("noise-floor", edits).figure, 1, "measured floors"));
    const book = floors([]);
    let most = 0;
    for (let seed = 2; seed <= 12; seed++) {
      const other = floors([["const seed = 1;", `const seed = ${seed};`]]);
      const moved = Math.max(...other.map((f, i) => Math.abs(f / book[i]! - 1)));
      most = Math.max(most, moved);
      // The pattern: the three runs with η/|B| = 0.01 within 13% of one another, the fourth 2.7–3.3 times higher.
      const same = other.slice(0, 3);
      expect(Math.max(...same) / Math.min(...same)).toBeLessThan(1.13);
      expect(other[3]! / Math.max(...same)).toBeGreaterThan(2.7);
      expect(other[3]! / Math.max(...same)).toBeLessThan(3.3);
    }
    // What the caption says the seeds do: up to a third, 34% (not "a few percent").
    expect(Math.round(most * 100)).toBe(34);
    expect(text.caption("3.6")).toMatch(/up to a third/);
    expect(text.caption("3.6")).toMatch(/34\s?%/);
    expect(text.caption("3.6")).not.toMatch(/few percent/);
    const larger = floors([["{ eta: 0.1, batch: 5 }", "{ eta: 0.1, batch: 20 }"]]);
    expect(larger[3]!).toBeLessThan(Math.min(...larger.slice(0, 3)));
  });

  it("Figure 3.7: batch 4 halves the width (a quarter of the variance), bars a little inside; η = 0.4: ×4.75", () => {
    const base = histogramVariance(sgdIterates);
    const four = histogramVariance(tryIt("sgd-iterates", [["const batch = 1;", "const batch = 4;"]]).figure);
    expect(Math.sqrt(four / base)).toBeGreaterThan(0.45);
    expect(Math.sqrt(four / base)).toBeLessThan(0.52);
    const theoryFour = (0.1 * sigma2) / (4 * (2 - 0.1));
    expect(four / theoryFour).toBeGreaterThan(0.85); // inside the curve, by less than 15 %
    expect(four / theoryFour).toBeLessThan(1);
    const wide = histogramVariance(tryIt("sgd-iterates", [["const eta = 0.1;", "const eta = 0.4;"]]).figure);
    expect(Math.abs(wide / base / 4.75 - 1)).toBeLessThan(0.1);
  });
});

describe("chapter 3's exercises, against closed forms", () => {
  it("Exercise 3.1: from θ₀ = −1.6 with η = 0.5 the run ends in the deep valley's 2-cycle; the check says so", () => {
    const [cycle] = twoCycles(0.5).filter(({ points }) => points[1] < ridge);
    expect(whichValley.start).toBe(-1.6);
    expect(whichValley.eta).toBe(0.5);
    const last = [...whichValley.last];
    // Alternating between the cycle's two points, to the last digits.
    for (const [k, theta] of last.entries()) {
      const other = last[k + 1];
      expect(Math.min(...cycle!.points.map((p) => Math.abs(theta - p)))).toBeLessThan(1e-9);
      if (other !== undefined) expect(Math.abs(other - theta)).toBeGreaterThan(0.5);
    }
    const right = verdict("ex-which-valley", { answer: "2" });
    expect(right.solved).toBe(true);
    expect(right.message).toMatch(/−1\.69.*−1\.12|−1\.12.*−1\.69/);
    for (const wrong of ["0", "1", "3"]) expect(verdict("ex-which-valley", { answer: wrong }).solved).toBe(false);
    // The solution's numbers: the multiplier |Φ′(p)Φ′(q)| ≈ 0.26, and four points at η = 0.55.
    expect(Math.abs(cycle!.multiplier)).toBeCloseTo(0.26, 2);
    const phi = (theta: number) => theta - 0.55 * (theta ** 3 - 2 * theta + 0.3);
    let theta = -1.6;
    for (let k = 0; k < 4000; k++) theta = phi(theta);
    const orbit = [theta, phi(theta), phi(phi(theta)), phi(phi(phi(theta)))];
    expect(phi(orbit[3]!)).toBeCloseTo(orbit[0]!, 9);
    expect(Math.min(...orbit.slice(1).map((p) => Math.abs(p - orbit[0]!)))).toBeGreaterThan(0.05);
    expect(twoCycles(0.55).some(({ points, multiplier }) => points[1] < ridge && Math.abs(multiplier) < 1)).toBe(false);
    expect(text.exercise("3.1")).toMatch(/0\.26/);
    expect(text.exercise("3.1")).toMatch(/four points at \$\\eta = 0\.55\$/);
  });

  it("Exercise 3.2: exactly the least k with 0.8^k < 10⁻⁶ passes: 62, not 61 or 63", () => {
    expect(0.8 ** 61).toBeGreaterThan(1e-6);
    expect(0.8 ** 62).toBeLessThan(1e-6);
    expect(verdict("ex-steps-to-converge", { answer: "62" }).solved).toBe(true);
    for (const wrong of ["61", "63"]) expect(verdict("ex-steps-to-converge", { answer: wrong }).solved).toBe(false);
  });

  it("Exercise 3.5: the check takes η within the hint's 0.002 of 2/11, both sides; quotes the rate as measured", () => {
    const tolerance = Number(/within (0\.\d+) of/.exec(text.exercise("3.5"))?.[1]);
    expect(tolerance).toBe(0.002);
    const at = (eta: string) =>
      verdict("ex-best-step", { edits: [["export const eta = 0.1;", `export const eta = ${eta};`]] });
    for (const eta of ["0.18", "0.182", "0.1836", "0.1799"]) expect(at(eta).solved, eta).toBe(true);
    for (const eta of ["0.1795", "0.1841", "0.17", "0.19"]) expect(at(eta).solved, eta).toBe(false);
    // 0.18 is 2/11 − 0.0018. From (1, 1) the code's error after k steps is √(0.82^{2k} + 0.8^{2k}), and
    // it measures the rate as the ratio of the last two (k = 60): 0.8190, on its way to 1 − 0.18 = 0.82.
    const error = (k: number) => Math.hypot(0.82 ** k, 0.8 ** k);
    const measured = error(60) / error(59);
    expect(measured.toFixed(4)).toBe("0.8190");
    expect(at("0.18").message).toContain(`you measured the rate ${measured.toFixed(4)}`);
    expect(text.exercise("3.5")).toMatch(/measures\s+\$0\.819\$/);
  });
});

describe("chapter 3's text, where it states a fact", () => {
  it("gives Smith et al.'s condition as a small mη, the time of an epoch", () => {
    const before = text.mdx.slice(text.mdx.indexOf("Smith, Dherin"), text.mdx.indexOf("L_{\\mathrm{SGD}}(\\theta) ="));
    expect(before).toMatch(/m\\eta/);
  });

  it("says Exercise 3.6's code reshuffles, as sgd() does, and why the formula for independent batches holds", () => {
    const floorParagraph = text.mdx.slice(
      text.mdx.indexOf("noise floor"),
      text.mdx.indexOf('<LiveCode id="ch3-noise-floor"'),
    );
    expect(floorParagraph).toMatch(/reshuffl/);
    expect(text.exercise("3.6")).toMatch(/reshuffl/);
    // And it does hold there: the solution's reshuffled floors against ησ²/(2B(2 − η)), "within a few percent".
    const { floors, variance } = noiseFloorSolution;
    for (const [floor, eta, batch] of [
      [floors.base, 0.1, 1],
      [floors.halfStep, 0.05, 1],
      [floors.doubleBatch, 0.1, 2],
    ] as const)
      expect(Math.abs(floor / ((eta * variance) / (2 * batch * (2 - eta))) - 1)).toBeLessThan(0.05);
    expect(text.exercise("3.6")).toMatch(/within a few percent of the closed form/);
  });

  it("calls the mean square's second part the variance, not a spread", () => {
    expect(text.mdx).not.toMatch(/spread/);
    expect(text.mdx).toMatch(/variance of the batch gradients/);
  });
});
