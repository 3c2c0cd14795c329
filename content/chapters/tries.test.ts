// A caption's "Try" is a promise. Each test here edits the snippet's code as its caption says, runs
// it as the site does (the worker's evaluator), and checks what the caption claims happens.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as numerics from "@descent/numerics";
import type { Figure, Series } from "@descent/numerics";
import { runSnippet } from "../../src/live/runner/run-snippet";

/** The figure and console of `path`'s snippet after replacing each `[from, to]` (each `from` found once). */
function tryIt(path: string, edits: [string, string][]): { figure: Figure; console: string } {
  let code = readFileSync(join(__dirname, `${path}.ts`), "utf8");
  for (const [from, to] of edits) {
    expect(code.split(from).length - 1, `"${from}" in ${path}`).toBe(1);
    code = code.replace(from, to);
  }
  const result = runSnippet(code, { "@descent/numerics": numerics });
  if (!result.ok) throw new Error(`${path} fails after the edit: ${result.error.message}`);
  return { figure: result.figure!, console: result.console.lines.map((l) => l.text).join("\n") };
}

const series = (fig: Figure, panel: number, label: string | RegExp): Series => {
  const found = fig.panels[panel]!.series.find((s) =>
    typeof label === "string" ? s.label === label : label.test(s.label),
  );
  if (!found) throw new Error(`no series ${label} in panel ${panel}`);
  return found;
};
const ys = (s: Series) => Array.from(s.y);
const xs = (s: Series) => Array.from(s.x);

describe("chapter 1", () => {
  it("Figure 1.1: with h = 0.1 the iterates hardly leave the exact curve (by under 2% of its rise)", () => {
    const { figure } = tryIt("01-euler/euler-vs-exact", [["[2, 1, 0.5]", "[2, 1, 0.5, 0.1]"]]);
    const run = series(figure, 0, "Euler, h = 0.1");
    xs(run).forEach((t, k) => expect(Math.abs(run.y[k]! - 1 / (1 + 9 * Math.exp(-t)))).toBeLessThan(0.02));
  });

  it("Figure 1.1: with h = 2.5 and T = 40 the iterates swing about 1 among four values, never settling", () => {
    const { figure } = tryIt("01-euler/euler-vs-exact", [
      ["[2, 1, 0.5]", "[2, 1, 0.5, 0.1, 2.5]"],
      ["const T = 8;", "const T = 40;"],
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
    const before = tryIt("01-euler/euler-error-order", []).figure;
    const { figure } = tryIt("01-euler/euler-error-order", [
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

  it("Figure 1.3: at α = 0.3 the iterates zigzag across the valley and settle; at 0.4 they fly off", () => {
    // Across the valley is the eigenvector (1, 1) of curvature 6: its coordinate is multiplied by 1 − 6α.
    const across = (fig: Figure) => {
      const gd = series(fig, 0, "gradient descent");
      return xs(gd).map((x, k) => (x + gd.y[k]!) / Math.SQRT2);
    };
    const zigzag = across(tryIt("01-euler/gd-on-the-flow", [["const alpha = 0.1;", "const alpha = 0.3;"]]).figure);
    zigzag.slice(1, 10).forEach((c, k) => {
      expect(Math.sign(c)).toBe(-Math.sign(zigzag[k]!)); // it changes side every step
      expect(c / zigzag[k]!).toBeCloseTo(1 - 6 * 0.3, 12);
    });
    const off = across(tryIt("01-euler/gd-on-the-flow", [["const alpha = 0.1;", "const alpha = 0.4;"]]).figure);
    expect(Math.abs(off.at(-1)!)).toBeGreaterThan(1000 * Math.abs(off[0]!));
  });
});

describe("chapter 2", () => {
  const dots = (fig: Figure, label: RegExp) => {
    const s = series(fig, 1, label);
    return xs(s).map((t, k) => ({ t, y: s.y[k]! }));
  };

  it("Figure 2.1: at η = 0.1 the dots sit almost on the flow 1.2e^{−t}; at 1.5 they alternate in sign", () => {
    const near = dots(
      tryIt("02-modified-loss/gd-vs-flow", [["const eta = 0.5;", "const eta = 0.1;"]]).figure,
      /gradient descent/,
    );
    for (const { t, y } of near) expect(Math.abs(y - 1.2 * Math.exp(-t))).toBeLessThan(0.03);
    const far = dots(
      tryIt("02-modified-loss/gd-vs-flow", [["const eta = 0.5;", "const eta = 1.5;"]]).figure,
      /gradient descent/,
    );
    far.slice(1).forEach(({ y }, k) => expect(Math.sign(y)).toBe(-Math.sign(far[k]!.y)));
    // Every flow of one variable is monotone: the flow here, 1.2e^{−t}, never changes sign.
  });

  it("Figure 2.2: L_η's flow stays near the dots, less so at η = 0.9; at η = 0.1 all three nearly coincide", () => {
    // The flows are known in closed form: 1.2e^{−t} on L and 1.2e^{−(1 + η/2)t} on L_η (λ = 1).
    const gaps = (eta: number) => {
      const fig = tryIt("02-modified-loss/modified-flow", [["const eta = 0.5;", `const eta = ${eta};`]]).figure;
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
    const book = tryIt("02-modified-loss/one-step-error", []).figure;
    const moved = tryIt("02-modified-loss/one-step-error", [["const theta0 = 1;", "const theta0 = 1.5;"]]).figure;
    const [flow, modified] = slopes(moved);
    expect(Math.abs(flow! - 2)).toBeLessThan(0.1);
    expect(Math.abs(modified! - 3)).toBeLessThan(0.1);
    expect(moved.panels[0]!.series[0]!.y[0]).toBeGreaterThan(1.5 * book.panels[0]!.series[0]!.y[0]!);
    const bent = tryIt("02-modified-loss/one-step-error", [["[0.04, 0.02,", "[0.5, 0.04, 0.02,"]]).figure;
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
      const fig = tryIt("02-modified-loss/paths-in-the-plane", edits).figure;
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
      const fig = tryIt("02-modified-loss/line-of-minima", edits).figure;
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

describe("chapter 3", () => {
  const terrainEnds = (edits: [string, string][]) => {
    const fig = tryIt("03-step-size-and-sgd/hilly-terrain", edits).figure;
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
    const { console } = tryIt("03-step-size-and-sgd/steepest-direction", [["const eta = 0.001;", "const eta = 0.3;"]]);
    const [best, downhill] = [...console.matchAll(/φ = ([\d.]+)°/g)].map((m) => Number(m[1]));
    expect(Math.abs(best! - downhill!)).toBeGreaterThan(30);
    const book = tryIt("03-step-size-and-sgd/steepest-direction", []).console;
    const [b0, d0] = [...book.matchAll(/φ = ([\d.]+)°/g)].map((m) => Number(m[1]));
    expect(Math.abs(b0! - d0!)).toBeLessThan(1);
  });

  it("Figure 3.3: at η = 1 the iterates bounce between 1 and −1; at η = 0.5 one step lands on 0", () => {
    const at = (eta: string) =>
      ys(
        series(
          tryIt("03-step-size-and-sgd/step-sizes", [["0.45, 1.05]", `0.45, ${eta}]`]]).figure,
          0,
          /η = (1|0\.5)\b/,
        ),
      );
    const bounce = at("1");
    bounce.forEach((theta, k) => expect(theta).toBe(k % 2 === 0 ? 1 : -1));
    const label = tryIt("03-step-size-and-sgd/step-sizes", [["0.45, 1.05]", "0.45, 1]"]]).figure.panels[0]!.series[2]!
      .label;
    expect(label).toBe("η = 1 = 2/λ");
    const once = at("0.5");
    expect(once[0]).toBe(1);
    once.slice(1).forEach((theta) => expect(theta).toBe(0));
  });

  it("Figure 3.4: at η = 2/11 both coordinates shrink by 9/11; at 0.1 the steep one is gone; at 0.21 it grows", () => {
    const sizes = (eta: string) => {
      const fig = tryIt("03-step-size-and-sgd/several-dimensions", [
        ["const eta = 0.18;", `const eta = ${eta};`],
      ]).figure;
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
    const fig = tryIt("03-step-size-and-sgd/gd-vs-sgd", []).figure;
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
    const full = tryIt("03-step-size-and-sgd/gd-vs-sgd", [
      ["const largerBatch = 10;", "const largerBatch = 200;"],
    ]).figure;
    expect(ys(series(full, 1, "SGD, batch 200"))).toEqual(ys(series(full, 1, "gradient descent")));
  });

  it("Figure 3.6: another seed moves the floors a few percent; batch 20 drops the last floor below the others", () => {
    const floors = (edits: [string, string][]) =>
      ys(series(tryIt("03-step-size-and-sgd/noise-floor", edits).figure, 1, "measured floors"));
    const book = floors([]);
    const other = floors([["const seed = 1;", "const seed = 2;"]]);
    other.forEach((f, i) => expect(Math.abs(f / book[i]! - 1)).toBeLessThan(0.15));
    expect(other[3]!).toBeGreaterThan(2 * Math.max(...other.slice(0, 3)));
    const larger = floors([["{ eta: 0.1, batch: 5 }", "{ eta: 0.1, batch: 20 }"]]);
    expect(larger[3]!).toBeLessThan(Math.min(...larger.slice(0, 3)));
  });
});
