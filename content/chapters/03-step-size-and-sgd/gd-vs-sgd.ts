// Fitting a line y ≈ θ₁ + θ₂u to 200 noisy points: full-batch gradient descent against SGD
// with a few batch sizes. Seeded, so the figure is the same on every run.
import { gradientDescent, leastSquares, lineData, sgd } from "@descent/numerics";
import { coordinate, figure, line, lineOf, panel } from "@descent/numerics";

const data = lineData({ size: 200, weights: [1, -2], noise: 0.5, seed: 4 });
const problem = leastSquares(data);
const eta = 0.1; // step size η, range 0.01 .. 0.5
const steps = 150;
const start = [-1, 1]; // θ₀ = (θ₁, θ₂)
const smallBatch = 1; // range 1 .. 200
const largerBatch = 10; // N = 200 would be gradient descent again, range 1 .. 200
const batchSizes = [smallBatch, largerBatch];
const seed = 1; // range 1 .. 100

const gd = gradientDescent(problem, { x0: start, eta, steps });
const tones = ["orange", "green", "purple"] as const;
const stochastic = batchSizes.map((batchSize, i) => ({
  label: `SGD, batch ${batchSize}`,
  tone: tones[i % 3],
  run: sgd(problem, { x0: start, eta, batchSize, steps, seed }),
}));

export default figure({
  panels: [
    panel({
      title: "Paths of the parameters",
      x: "θ₁ (intercept)",
      y: "θ₂ (slope)",
      series: [
        ...stochastic.map(({ label, tone, run }) => line(label, coordinate(run, 0), coordinate(run, 1), { tone })),
        line("gradient descent", coordinate(gd, 0), coordinate(gd, 1), { tone: "black" }),
      ],
    }),
    panel({
      title: "Loss on all 200 points",
      x: "t = kη",
      y: { label: "L(θ)", log: true },
      series: [
        ...stochastic.map(({ label, tone, run }) => lineOf(label, run, { y: "loss", tone })),
        lineOf("gradient descent", gd, { y: "loss", tone: "black" }),
      ],
    }),
  ],
});
