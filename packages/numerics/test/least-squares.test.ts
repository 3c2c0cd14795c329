import { describe, expect, it } from "vitest";
import { leastSquares, lineData, randomGenerator } from "../src/index";

/** L(w) = (1/N) Σᵢ ½(xᵢ·w − yᵢ)², summed by hand over the examples. */
const byHand = (inputs: number[][], targets: number[], w: number[]) =>
  inputs.reduce((s, row, i) => s + 0.5 * (row[0]! * w[0]! + row[1]! * w[1]! - targets[i]!) ** 2, 0) / inputs.length;

describe("leastSquares", () => {
  const data = lineData({ size: 500, weights: [1, -2], noise: 0.5, seed: 3 });
  const problem = leastSquares(data);
  const random = randomGenerator(11);

  it("has the value of the mean squared residual, at any point", () => {
    for (let k = 0; k < 20; k++) {
      const w = [4 * random.normal(), 4 * random.normal()];
      expect(problem.value(w) / byHand(data.inputs, data.targets, w)).toBeCloseTo(1, 12);
    }
  });

  it("keeps the excess over its minimum exact near the minimum (where SGD's noise floor is measured)", () => {
    // The normal equations XᵀX w* = Xᵀy, solved by hand for the 2 × 2 case.
    const n = data.inputs.length;
    const [s11, s12, s22, b1, b2] = data.inputs.reduce(
      (acc, [one, u], i) => [
        acc[0]! + one! * one!,
        acc[1]! + one! * u!,
        acc[2]! + u! * u!,
        acc[3]! + one! * data.targets[i]!,
        acc[4]! + u! * data.targets[i]!,
      ],
      [0, 0, 0, 0, 0],
    );
    const det = s11! * s22! - s12! * s12!;
    const best = [(s22! * b1! - s12! * b2!) / det, (s11! * b2! - s12! * b1!) / det];
    const lowest = byHand(data.inputs, data.targets, best);
    // A step e from w*: the excess is ½ eᵀ(XᵀX/N)e exactly.
    const e = [1e-4, -3e-4];
    const excess = (0.5 * (s11! * e[0]! ** 2 + 2 * s12! * e[0]! * e[1]! + s22! * e[1]! ** 2)) / n;
    expect((problem.value([best[0]! + e[0]!, best[1]! + e[1]!]) - lowest) / excess).toBeCloseTo(1, 6);
  });

  it("sums the examples when the data leave a direction flat (no unique minimum)", () => {
    const flat = leastSquares({
      inputs: [
        [1, 2],
        [2, 4],
        [3, 6],
      ],
      targets: [1, 2, 2],
    });
    const w = [0.3, -0.7];
    expect(flat.value(w)).toBeCloseTo(
      byHand(
        [
          [1, 2],
          [2, 4],
          [3, 6],
        ],
        [1, 2, 2],
        w,
      ),
      14,
    );
  });
});
