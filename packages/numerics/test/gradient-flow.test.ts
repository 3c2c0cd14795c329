import { describe, expect, it } from "vitest";
import { coordinate, gradientFlow, objective, quadratic } from "../src/index";
import { applyMatrixFunction2, relativeError } from "./closed-forms";

const quartic = (sign: 1 | -1) =>
  objective({
    dim: 1,
    value: ([w]) => (sign * w! ** 4) / 4,
    grad: ([w]) => [sign * w! ** 3],
    hvp: ([w], [v]) => [sign * 3 * w! ** 2 * v!],
  });

describe("gradientFlow", () => {
  it("is θ(t) = e^{−λt}θ₀ on the 1-D bowl", () => {
    const run = gradientFlow(quadratic(1), { x0: [1.2], T: 5, samples: 10 });
    run.t.forEach((t, k) => expect(relativeError(run.x[k]![0]!, 1.2 * Math.exp(-t))).toBeLessThan(1e-15));
  });

  it("is e^{−At}x₀ on ½xᵀAx", () => {
    const [a, b, c] = [3, 1, 2];
    const x0: [number, number] = [1, -2];
    const run = gradientFlow(
      quadratic([
        [a, b],
        [b, c],
      ]),
      { x0, T: 2, samples: 8 },
    );
    run.t.forEach((t, k) => {
      const want = applyMatrixFunction2(a, b, c, (lambda) => Math.exp(-lambda * t), x0);
      expect(run.x[k]![0]).toBeCloseTo(want[0], 13);
      expect(run.x[k]![1]).toBeCloseTo(want[1], 13);
    });
  });

  it("integrates a quadratic it is not told is quadratic to 1e-10 (the adaptive path)", () => {
    const [a, b, c] = [3, 1, 2];
    const x0: [number, number] = [1, -2];
    const hidden = objective({
      dim: 2,
      value: ([x, y]) => 0.5 * (a * x! * x! + 2 * b * x! * y! + c * y! * y!),
      grad: ([x, y]) => [a * x! + b * y!, b * x! + c * y!],
    });
    const run = gradientFlow(hidden, { x0, T: 3, samples: 37 });
    run.t.forEach((t, k) => {
      const want = applyMatrixFunction2(a, b, c, (lambda) => Math.exp(-lambda * t), x0);
      expect(Math.hypot(run.x[k]![0]! - want[0], run.x[k]![1]! - want[1])).toBeLessThan(
        1e-10 * Math.hypot(...want) + 1e-14,
      );
    });
  });

  it("solves θ′ = −θ³ (L = θ⁴/4) as θ₀/√(1 + 2θ₀²t), to ~1e-10 relative, between steps too", () => {
    const theta0 = 1.5;
    const run = gradientFlow(quartic(1), { x0: theta0, T: 10, samples: 997 });
    let worst = 0;
    run.t.forEach(
      (t, k) => (worst = Math.max(worst, relativeError(run.x[k]![0]!, theta0 / Math.sqrt(1 + 2 * theta0 ** 2 * t)))),
    );
    expect(worst).toBeLessThan(1e-10);
    expect(run.loss![run.t.length - 1]).toBeCloseTo((theta0 / Math.sqrt(1 + 20 * theta0 ** 2)) ** 4 / 4, 12);
  });

  it("samples exactly the times asked for (for comparison with GD at t = kη)", () => {
    const times = [0, 0.5, 1, 1.5];
    const run = gradientFlow(quartic(1), { x0: 1, times });
    expect(Array.from(run.t)).toEqual(times);
    expect(relativeError(coordinate(run, 0)[3]!, 1 / Math.sqrt(1 + 2 * 1.5))).toBeLessThan(1e-10);
  });

  it("stops where the flow blows up: θ′ = θ³ from 1 reaches infinity at t = ½", () => {
    const run = gradientFlow(quartic(-1), { x0: 1, T: 1, samples: 100 });
    expect(run.diverged).toBeDefined();
    // Samples at t = k/100: all with t < 0.5 are reachable; none after it.
    expect(run.diverged!.step).toBeGreaterThanOrEqual(45);
    expect(run.diverged!.step).toBeLessThanOrEqual(51);
    expect(run.t[run.t.length - 1]).toBeLessThan(0.5);
  });

  it("rejects a negative T, unsorted times, and both or neither of T and times", () => {
    expect(() => gradientFlow(quadratic(1), { x0: 1, T: -1 })).toThrow(/T must be ≥ 0, received -1/);
    expect(() => gradientFlow(quadratic(1), { x0: 1, times: [0, 2, 1] })).toThrow(/ascending/);
    expect(() => gradientFlow(quadratic(1), { x0: 1, T: 1, times: [0, 1] } as never)).toThrow(
      /either T \(with samples\) or times, not both/,
    );
    expect(() => gradientFlow(quadratic(1), { x0: 1 } as never)).toThrow(
      /needs an end time T \(or the sample times, as times\), received neither/,
    );
  });
});
