// Too little momentum, just enough, too much: the heavy ball on L(θ) = ½λθ² with η = 0.04. The roots
// of r² − (1 + β − ηλ)r + β meet at the critical momentum β = (1 − √(ηλ))²; beyond it they are complex,
// of modulus √β, and θ rings about the minimum.
import {
  criticalMomentum,
  curve,
  figure,
  heavyBall,
  heavyBallSpectralRadius,
  line,
  panel,
  points,
} from "@descent/numerics";
import { quadratic } from "@descent/numerics";

const beta = 0.9; // too much momentum β, range 0.65 .. 0.99
const eta = 0.04; // step size η
const lambda = 1; // curvature λ
const steps = 80;

const critical = criticalMomentum(eta, lambda); // (1 − √(ηλ))² = 0.64
const cases = [
  { label: "β = 0 (gradient descent)", b: 0, tone: "blue" },
  { label: `β = ${critical.toFixed(2)} (critical)`, b: critical, tone: "green" },
  { label: `β = ${beta} (rings)`, b: beta, tone: "orange" },
] as const;
const k = Array.from({ length: steps + 1 }, (_, i) => i);
for (const { label, b } of cases) {
  console.log(`${label}: rate ${heavyBallSpectralRadius(eta, b, lambda).toFixed(4)}`);
}

export default figure({
  panels: [
    panel({
      title: "θ after k steps",
      x: "step k",
      y: "θ",
      series: [
        ...cases.map(({ label, b, tone }) => {
          const run = heavyBall(quadratic(lambda), { x0: 1, eta, beta: b, steps });
          return points(label, k, run.states, { tone });
        }),
        line(
          "(√β)ᵏ",
          k,
          k.map((j) => Math.sqrt(beta) ** j),
          { tone: "gray", dashed: true },
        ),
        line(
          "−(√β)ᵏ",
          k,
          k.map((j) => -(Math.sqrt(beta) ** j)),
          { tone: "gray", dashed: true },
        ),
      ],
    }),
    panel({
      title: "Rate against momentum",
      x: "momentum β",
      y: "spectral radius",
      series: [
        curve("spectral radius", (b) => heavyBallSpectralRadius(eta, b, lambda), [0, 0.99], {
          tone: "black",
          samples: 400,
        }),
        points(
          "the three runs",
          cases.map(({ b }) => b),
          cases.map(({ b }) => heavyBallSpectralRadius(eta, b, lambda)),
          { tone: "orange" },
        ),
      ],
    }),
  ],
});
