// Every live block of the book runs here as a real module, and its figure is checked against a
// closed form or a hand computation where one exists.
/// <reference types="vite/client" />
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFigure, observedOrder, type Figure, type Series } from "@descent/numerics";

/** Every figure's snippet, found in the chapters' folders (tests and exercises, `ex-*.ts`, aside). */
const snippets = import.meta.glob<{ default: Figure }>(["./*/*.ts", "!./*/*.test.ts", "!./*/ex-*.ts"], {
  eager: true,
});
/** The figure a snippet exports, by its path under content/chapters without ".ts". */
const book = (path: string): Figure => {
  const module = snippets[`./${path}.ts`];
  if (!module) throw new Error(`no snippet ${path}.ts`);
  return module.default;
};

const gdVsFlow = book("02-modified-loss/gd-vs-flow");
const modifiedFlow = book("02-modified-loss/modified-flow");
const oneStepError = book("02-modified-loss/one-step-error");
const pathsInThePlane = book("02-modified-loss/paths-in-the-plane");
const eulerVsExact = book("01-euler/euler-vs-exact");
const eulerErrorOrder = book("01-euler/euler-error-order");
const gdOnTheFlow = book("01-euler/gd-on-the-flow");
const hillyTerrain = book("03-step-size-and-sgd/hilly-terrain");
const steepestDirection = book("03-step-size-and-sgd/steepest-direction");
const stepSizes = book("03-step-size-and-sgd/step-sizes");
const gdVsSgd = book("03-step-size-and-sgd/gd-vs-sgd");

const series = (fig: Figure, panel: number, label: string | RegExp): Series => {
  const found = fig.panels[panel]!.series.find((s) =>
    typeof label === "string" ? s.label === label : label.test(s.label),
  );
  if (!found) throw new Error(`no series ${label} in panel ${panel}`);
  return found;
};
const close = (got: number[], want: number[], digits = 10) => {
  expect(got.length).toBe(want.length);
  got.forEach((g, i) => expect(g).toBeCloseTo(want[i]!, digits));
};

const chapters = readdirSync(__dirname, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe("the book's live blocks", () => {
  it("are wired into their chapters: imported raw, in a LiveCode block with a unique id, three a chapter", () => {
    const ids = new Set<string>();
    for (const chapter of chapters) {
      const mdx = readFileSync(join(__dirname, chapter, "index.mdx"), "utf8");
      const snippets = readdirSync(join(__dirname, chapter)).filter(
        (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.startsWith("ex-"),
      );
      expect(snippets.length, chapter).toBeGreaterThanOrEqual(3);
      for (const file of snippets) {
        // Imported as text and placed in a block, which runs it at build time and in the browser.
        const name = new RegExp(`import (\\w+) from "\\./${file}\\?raw";`).exec(mdx)?.[1];
        expect(name, `${chapter}/${file} raw import`).toBeDefined();
        expect(mdx, `${chapter}/${file} in a LiveCode block`).toMatch(
          new RegExp(`<LiveCode id="[^"]+" code=\\{${name}\\}`),
        );
      }
      const blocks = [...mdx.matchAll(/<LiveCode id="([^"]+)"/g)].map((m) => m[1]!);
      expect(blocks.length, chapter).toBe(snippets.length);
      for (const id of blocks) {
        expect(ids.has(id), `duplicate id ${id}`).toBe(false);
        ids.add(id);
      }
    }
  });

  it("all export figure data the site can draw", () => {
    expect(Object.keys(snippets).length).toBeGreaterThanOrEqual(11);
    for (const [path, module] of Object.entries(snippets)) expect(checkFigure(module.default), path).toBeUndefined();
  });
});

describe("chapter 1", () => {
  it("Euler on the logistic equation: the exact curve is 1/(1 + 9e^{−t}), the first step x₀ + h·x₀(1 − x₀)", () => {
    const exact = series(eulerVsExact, 0, "exact solution");
    exact.x.forEach((t, k) => expect(exact.y[k]).toBeCloseTo(1 / (1 + 9 * Math.exp(-t)), 14));
    const coarse = series(eulerVsExact, 0, "Euler, h = 2");
    expect(coarse.y[1]).toBeCloseTo(0.1 + 2 * 0.1 * 0.9, 15);
    expect(coarse.x).toEqual([0, 2, 4, 6, 8]);
  });

  it("Euler's error: slope 1 over a fixed time, slope 2 for one step", () => {
    const global = series(eulerErrorOrder, 0, /error at t/);
    const local = series(eulerErrorOrder, 0, /one step/);
    expect(Math.abs(observedOrder(global.x, global.y) - 1)).toBeLessThan(0.1);
    expect(Math.abs(observedOrder(local.x, local.y) - 2)).toBeLessThan(0.1);
    // One step from 1 with h: |1 − h − e^{−h}|.
    local.x.forEach((h, k) => expect(local.y[k]).toBeCloseTo(Math.abs(1 - h - Math.exp(-h)), 15));
  });

  it("GD on the narrow bowl: the iterates are (I − αA)^k x₀ and the flow is e^{−At}x₀", () => {
    // A = [[3.5, 2.5], [2.5, 3.5]] has eigenvectors (1, 1)/√2 (λ = 6) and (1, −1)/√2 (λ = 1).
    const x0 = [2, 1.5];
    const [p, m] = [(x0[0]! + x0[1]!) / 2, (x0[0]! - x0[1]!) / 2];
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

describe("chapter 2", () => {
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
});

describe("chapter 3", () => {
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
});

describe("the new figures, against closed forms", () => {
  const lineOfMinima = book("02-modified-loss/line-of-minima");
  const severalDimensions = book("03-step-size-and-sgd/several-dimensions");
  const noiseFloor = book("03-step-size-and-sgd/noise-floor");

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
