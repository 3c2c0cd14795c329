import { describe, expect, it } from "vitest";
import { bestHeavyBall, criticalMomentum, heavyBallMatrix, heavyBallRate, heavyBallSpectralRadius } from "../src/index";

/** ‖Tᵏ‖^{1/k} for a 2×2 matrix, by repeated multiplication: it tends to the spectral radius (Gelfand). */
function powerNormRoot(t: number[][], k: number): number {
  let p = [
    [1, 0],
    [0, 1],
  ];
  for (let i = 0; i < k; i++) {
    p = [
      [p[0]![0]! * t[0]![0]! + p[0]![1]! * t[1]![0]!, p[0]![0]! * t[0]![1]! + p[0]![1]! * t[1]![1]!],
      [p[1]![0]! * t[0]![0]! + p[1]![1]! * t[1]![0]!, p[1]![0]! * t[0]![1]! + p[1]![1]! * t[1]![1]!],
    ];
  }
  const frobenius = Math.hypot(p[0]![0]!, p[0]![1]!, p[1]![0]!, p[1]![1]!);
  return frobenius ** (1 / k);
}

describe("the heavy ball on a quadratic, one eigenvalue at a time", () => {
  it("has the iteration matrix [[1 + β − ηλ, −β], [1, 0]]", () => {
    expect(heavyBallMatrix(0.1, 0.5, 10)).toEqual([
      [0.5, -0.5],
      [1, 0],
    ]);
    // Trace 1 + β − ηλ and determinant β: the characteristic polynomial r² − (1 + β − ηλ)r + β.
    const t = heavyBallMatrix(0.03, 0.7, 4);
    expect(t[0]![0]! + t[1]![1]!).toBeCloseTo(1 + 0.7 - 0.12, 15);
    expect(t[0]![0]! * t[1]![1]! - t[0]![1]! * t[1]![0]!).toBeCloseTo(0.7, 15);
  });

  it("has the spectral radius that powers of the matrix reveal, ‖Tᵏ‖^{1/k} → ρ", () => {
    for (const [eta, beta, lambda] of [
      [0.1, 0.5, 10], // complex roots: √0.5
      [0.1, 0.1, 1], // real roots
      [0.5, 0.2, 5], // a negative real root of size > 1: diverging
      [0.02, 0.9, 0.5], // complex, slow
    ] as const) {
      const rho = heavyBallSpectralRadius(eta, beta, lambda);
      expect(Math.abs(powerNormRoot(heavyBallMatrix(eta, beta, lambda), 2000) / rho - 1)).toBeLessThan(0.005);
    }
  });

  it("shrinks every curvature in the band (1 − √β)² < ηλ < (1 + √β)² at exactly √β", () => {
    const [eta, beta] = [0.05, 0.49]; // the band is 0.09 < ηλ < 2.89, that is 1.8 < λ < 57.8
    for (const lambda of [1.81, 5, 20, 57.7]) expect(heavyBallSpectralRadius(eta, beta, lambda)).toBeCloseTo(0.7, 14);
    expect(heavyBallSpectralRadius(eta, beta, 1)).toBeGreaterThan(0.7);
    expect(heavyBallSpectralRadius(eta, beta, 60)).toBeGreaterThan(0.7);
    // Past ηλ = 2(1 + β) a root passes −1: the run diverges.
    expect(heavyBallSpectralRadius(eta, beta, (2 * 1.49) / eta - 0.01)).toBeLessThan(1);
    expect(heavyBallSpectralRadius(eta, beta, (2 * 1.49) / eta + 0.01)).toBeGreaterThan(1);
  });

  it("with β = 0 is gradient descent's max|1 − ηλ| over the spectrum (3.10)", () => {
    for (const eta of [0.05, 2 / 11, 0.19])
      expect(heavyBallRate(eta, 0, [1, 10])).toBeCloseTo(Math.max(Math.abs(1 - eta), Math.abs(1 - 10 * eta)), 14);
  });

  it("at Polyak's best pair for κ = 100 shrinks every curvature in [1, 100] at 9/11, and no pair does better", () => {
    const { eta, beta, rate } = bestHeavyBall(1, 100);
    expect(eta).toBeCloseTo(4 / 121, 15);
    expect(beta).toBeCloseTo(81 / 121, 15);
    expect(rate).toBeCloseTo(9 / 11, 15);
    for (let lambda = 1; lambda <= 100; lambda += 0.5) {
      expect(heavyBallSpectralRadius(eta, beta, lambda)).toBeLessThan(9 / 11 + 1e-6);
    }
    expect(heavyBallRate(eta, beta, [1, 100])).toBeCloseTo(9 / 11, 6);
    // Gradient descent's best, 2/(1 + 100), gives (κ − 1)/(κ + 1) = 99/101.
    expect(heavyBallRate(2 / 101, 0, [1, 100])).toBeCloseTo(99 / 101, 14);
    // A grid of other pairs: none has a smaller worst rate over [1, 100].
    for (let e = 0.002; e < 0.08; e += 0.002) {
      for (let b = 0; b < 1; b += 0.02) expect(heavyBallRate(e, b, [1, 100])).toBeGreaterThan(9 / 11 - 1e-9);
    }
  });

  it("has its worst curvature at an end of the interval", () => {
    for (const [eta, beta] of [
      [0.02, 0.3],
      [0.05, 0.8],
      [0.015, 0.6],
    ] as const) {
      let inside = 0;
      for (let lambda = 1; lambda <= 100; lambda += 0.25)
        inside = Math.max(inside, heavyBallSpectralRadius(eta, beta, lambda));
      expect(heavyBallRate(eta, beta, [1, 100])).toBeCloseTo(inside, 12);
    }
  });

  it("has a double root at the critical momentum (1 − √(ηλ))², and the fastest rate 1 − √(ηλ) there", () => {
    const beta = criticalMomentum(0.04, 1);
    expect(beta).toBeCloseTo(0.64, 15);
    expect((1 + beta - 0.04) ** 2 - 4 * beta).toBeCloseTo(0, 14); // the discriminant
    expect(heavyBallSpectralRadius(0.04, beta, 1)).toBeCloseTo(0.8, 7);
    for (const other of [0, 0.3, 0.6, 0.63, 0.65, 0.7, 0.9]) {
      expect(heavyBallSpectralRadius(0.04, other, 1)).toBeGreaterThan(0.8);
    }
    expect(() => criticalMomentum(2, 1)).toThrow(/ηλ ≤ 1/);
  });

  it("rejects bad arguments, naming them", () => {
    expect(() => heavyBallSpectralRadius(0, 0.5, 1)).toThrow(/eta must be > 0/);
    expect(() => heavyBallRate(0.1, 0.5, [])).toThrow(/non-empty array/);
    expect(() => bestHeavyBall(10, 1)).toThrow(/lambdaMin must be at most lambdaMax, received 10 and 1/);
    expect(() => bestHeavyBall(0, 1)).toThrow(/lambdaMin must be > 0/);
  });
});
