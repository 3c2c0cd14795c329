import { describe, expect, it } from "vitest";
import { gradientFlow, heavyBallFlow, nesterovFlow, objective, quadratic } from "../src/index";
import { applyMatrixFunction2, besselJ1, dampedOscillator } from "./closed-forms";

describe("heavyBallFlow", () => {
  it("is the damped oscillator below, at and above critical damping γ = 2√λ", () => {
    for (const gamma of [0.5, 4, 10]) {
      const flow = heavyBallFlow(quadratic(4), { x0: 1.5, gamma, T: 6, samples: 30 });
      flow.t.forEach((t, k) => expect(flow.states[k]).toBeCloseTo(dampedOscillator(gamma, 4, 1.5, t), 9));
    }
  });

  it("moves each eigen-coordinate of ½θᵀAθ as its own oscillator", () => {
    const flow = heavyBallFlow(
      quadratic([
        [3, 1],
        [1, 2],
      ]),
      { x0: [1, -2], gamma: 1.5, T: 5, samples: 10 },
    );
    flow.t.forEach((t, k) => {
      const want = applyMatrixFunction2(3, 1, 2, (lambda) => dampedOscillator(1.5, lambda, 1, t), [1, -2]);
      expect(flow.x[k]![0]).toBeCloseTo(want[0], 9);
      expect(flow.x[k]![1]).toBeCloseTo(want[1], 9);
    });
  });

  it("with heavy friction creeps along the gradient flow slowed γ times", () => {
    // θ̈ + 50θ̇ + θ = 0 against θ̇ = −θ/50: the slow root −25 + √624 = −0.0200080… against −0.02.
    const loss = objective({ dim: 1, value: ([x]) => x! ** 4 / 4 + x! ** 2 / 2, grad: ([x]) => [x! ** 3 + x!] });
    const heavy = heavyBallFlow(loss, { x0: 1, gamma: 50, T: 100, samples: 10 });
    const slowed = gradientFlow(loss, { x0: 1, T: 2, samples: 10 });
    heavy.states.forEach((theta, k) => expect(Math.abs(theta - slowed.states[k]!)).toBeLessThan(0.01));
  });

  it("loses energy ½θ̇² + L(θ): its loss never rises above the start's", () => {
    const loss = objective({ dim: 1, value: ([x]) => Math.cosh(x!) - 1, grad: ([x]) => [Math.sinh(x!)] });
    const flow = heavyBallFlow(loss, { x0: 2, gamma: 0.3, T: 30, samples: 300 });
    flow.loss.forEach((l) => expect(l).toBeLessThanOrEqual(Math.cosh(2) - 1 + 1e-12));
    expect(() => heavyBallFlow(loss, { x0: 2, gamma: -1, T: 1 })).toThrow(/gamma must be ≥ 0, received -1/);
    expect(() => heavyBallFlow(loss, { x0: 2, gamma: 1 } as never)).toThrow(/heavyBallFlow needs an end time T/);
  });
});

describe("nesterovFlow", () => {
  it("is 2θ₀J₁(√λ t)/(√λ t) on ½λθ², a Bessel function (Su, Boyd and Candès 2016)", () => {
    for (const lambda of [1, 4]) {
      const flow = nesterovFlow(quadratic(lambda), { x0: 2, T: 8, samples: 40 });
      flow.t.forEach((t, k) => {
        const z = Math.sqrt(lambda) * t;
        expect(flow.states[k]).toBeCloseTo(z === 0 ? 2 : (4 * besselJ1(z)) / z, 8);
      });
    }
  });

  it("keeps L(θ(t)) − L⋆ ≤ 2‖θ₀ − θ⋆‖²/t² on a convex loss that is not quadratic", () => {
    const loss = objective({
      dim: 2,
      value: ([x, y]) => x! ** 4 / 4 + Math.log(Math.cosh(y!)),
      grad: ([x, y]) => [x! ** 3, Math.tanh(y!)],
    });
    const flow = nesterovFlow(loss, { x0: [1.5, 3], T: 40, samples: 400 });
    const start = 1.5 ** 2 + 3 ** 2;
    flow.t.forEach((t, k) => k > 0 && expect(flow.loss[k]!).toBeLessThanOrEqual((2 * start) / (t * t)));
  });
});
