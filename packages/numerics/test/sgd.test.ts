import { describe, expect, it } from "vitest";
import { gradientDescent, leastSquares, lineData, sgd, type FiniteSumObjective } from "../src/index";

const data = lineData({ size: 20, weights: [1, -2], noise: 0.3, seed: 7 });

describe("sgd", () => {
  it("with a full batch is gradient descent, to the last bit", () => {
    const problem = leastSquares(data);
    const full = sgd(problem, { x0: [0, 0], eta: 0.3, batchSize: 20, steps: 50, seed: 3 });
    const gd = gradientDescent(problem, { x0: [0, 0], eta: 0.3, steps: 50 });
    expect(full.states).toEqual(gd.states);
    expect(full.loss).toEqual(gd.loss);
  });

  it("gives the same run for the same seed and another for another seed", () => {
    const problem = leastSquares(data);
    const run = (seed: number) => sgd(problem, { x0: [0, 0], eta: 0.1, batchSize: 3, steps: 40, seed });
    expect(run(5).states).toEqual(run(5).states);
    expect(run(5).states).not.toEqual(run(6).states);
  });

  it("samples without replacement within an epoch (the last batch is the remainder)", () => {
    const problem = leastSquares(data);
    const seen: number[][] = [];
    const spy: FiniteSumObjective = {
      ...problem,
      batchGrad: (w, idx, count, out) => (
        seen.push(Array.from(idx).slice(0, count)),
        problem.batchGrad(w, idx, count, out)
      ),
    };
    sgd(spy, { x0: [0, 0], eta: 0.1, batchSize: 6, steps: 8, seed: 1 });
    expect(seen.map((b) => b.length)).toEqual([6, 6, 6, 2, 6, 6, 6, 2]);
    for (const epoch of [seen.slice(0, 4), seen.slice(4, 8)]) {
      expect(epoch.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    }
  });

  it("estimates the least-squares solution: the mean of the last iterates is near the fitted line", () => {
    const problem = leastSquares(lineData({ size: 200, weights: [1, -2], noise: 0.1, seed: 2 }));
    const run = sgd(problem, { x0: [0, 0], eta: 0.05, batchSize: 10, steps: 3000, seed: 9 });
    const last = run.x.slice(-500);
    const mean = [0, 1].map((i) => last.reduce((s, x) => s + x[i]!, 0) / last.length);
    expect(mean[0]).toBeCloseTo(1, 1);
    expect(mean[1]).toBeCloseTo(-2, 1);
  });

  it("rejects a batch larger than the data set and a missing seed", () => {
    const problem = leastSquares(data);
    expect(() => sgd(problem, { x0: [0, 0], eta: 0.1, batchSize: 21, steps: 1, seed: 1 })).toThrow(
      /batchSize must be a whole number in 1 … 20, received 21/,
    );
    expect(() => sgd(problem, { x0: [0, 0], eta: 0.1, batchSize: 2, steps: 1 } as never)).toThrow(
      /seed must be a whole number, received undefined/,
    );
  });
});
