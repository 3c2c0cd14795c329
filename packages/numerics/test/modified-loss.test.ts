import { describe, expect, it } from "vitest";
import { gradientDescent, gradientFlow, modifiedLoss, objective, observedOrder, quadratic } from "../src/index";
import { applyMatrixFunction2 } from "./closed-forms";

// A non-quadratic 2-D loss with its derivatives by hand: L = x⁴/4 + x²y²/2 + y²/2 + x.
const bumpy = objective({
  dim: 2,
  value: ([x, y]) => x! ** 4 / 4 + (x! * x! * y! * y!) / 2 + (y! * y!) / 2 + x!,
  grad: ([x, y]) => [x! ** 3 + x! * y! * y! + 1, x! * x! * y! + y!],
  hvp: ([x, y], [u, v]) => [(3 * x! * x! + y! * y!) * u! + 2 * x! * y! * v!, 2 * x! * y! * u! + (x! * x! + 1) * v!],
});

describe("modifiedLoss", () => {
  it("of ½λθ² is ½(λ + ηλ²/2)θ²", () => {
    const m = modifiedLoss(quadratic(1), 0.5);
    expect(m.value([2])).toBeCloseTo(0.5 * (1 + 0.25) * 4, 15);
    expect(m.grad([2])[0]).toBeCloseTo(1.25 * 2, 15);
  });

  it("of a general loss is L + (η/4)‖∇L‖², gradient ∇L + (η/2)H∇L (L = θ⁴/4: θ³ + (3η/2)θ⁵)", () => {
    const eta = 0.1;
    const m = modifiedLoss(
      objective({
        dim: 1,
        value: ([w]) => w! ** 4 / 4,
        grad: ([w]) => [w! ** 3],
        hvp: ([w], [v]) => [3 * w! ** 2 * v!],
      }),
      eta,
    );
    const w = 1.3;
    expect(m.value([w])).toBeCloseTo(w ** 4 / 4 + (eta / 4) * w ** 6, 14);
    expect(m.grad([w])[0]).toBeCloseTo(w ** 3 + 1.5 * eta * w ** 5, 13);
    // ∇²L_η = 3w² + (15η/2)w⁴
    expect(m.hvp([w], [1])[0]).toBeCloseTo(3 * w ** 2 + 7.5 * eta * w ** 4, 7);
  });

  it("gradient flow on the modified quadratic is e^{−(A + ηA²/2)t}x₀", () => {
    const [a, b, c] = [3, 1, 2];
    const eta = 0.2;
    const x0: [number, number] = [1, -2];
    const run = gradientFlow(
      modifiedLoss(
        quadratic([
          [a, b],
          [b, c],
        ]),
        eta,
      ),
      { x0, T: 2, samples: 4 },
    );
    run.t.forEach((t, k) => {
      const want = applyMatrixFunction2(a, b, c, (lambda) => Math.exp(-(lambda + (eta * lambda * lambda) / 2) * t), x0);
      expect(run.x[k]![0]).toBeCloseTo(want[0], 12);
      expect(run.x[k]![1]).toBeCloseTo(want[1], 12);
    });
  });

  it("makes one GD step match the flow to O(η³), where the original flow matches only to O(η²)", () => {
    const x0 = [0.7, -0.4];
    const etas = [0.04, 0.02, 0.01, 0.005];
    const gap = (loss: typeof bumpy, eta: number) => {
      const step = gradientDescent(bumpy, { x0, eta, steps: 1 }).x[1]!;
      const flow = gradientFlow(loss, { x0, T: eta, samples: 1 }).x[1]!;
      return Math.hypot(step[0]! - flow[0]!, step[1]! - flow[1]!);
    };
    const original = etas.map((eta) => gap(bumpy, eta));
    const modified = etas.map((eta) => gap(modifiedLoss(bumpy, eta), eta));
    expect(Math.abs(observedOrder(etas, original) - 2)).toBeLessThan(0.1);
    expect(Math.abs(observedOrder(etas, modified) - 3)).toBeLessThan(0.1);
    // The leading term of the original gap is (η²/2)‖Hg‖.
    const g = bumpy.grad(x0);
    const hg = bumpy.hvp(x0, g);
    expect(original[3]! / ((etas[3]! ** 2 / 2) * Math.hypot(hg[0]!, hg[1]!))).toBeCloseTo(1, 1);
  });
});
