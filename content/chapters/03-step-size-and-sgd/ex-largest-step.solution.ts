// Exercise 3.3, solved: along θ₂ each step multiplies by 1 − 10η, which must stay inside (−1, 1):
// η < 2/10 = 0.2. Along θ₁ the factor 1 − η asks only η < 2. The largest curvature sets the limit.
import { diagonalQuadratic, figure, gradientDescent, lineOf, panel } from "@descent/numerics";

export const eta = 0.199; // step size η, range 0.01 .. 0.25

const run = gradientDescent(diagonalQuadratic([1, 10]), { x0: [1, 1], eta, steps: 200 });
console.log(
  run.diverged
    ? `diverged at step ${run.diverged.step}`
    : `L after 200 steps: ${run.loss[run.loss.length - 1].toExponential(2)}`,
);

export default figure({
  panels: [
    panel({
      title: `Loss with η = ${eta}`,
      x: "t = kη",
      y: { label: "L(θ)", log: true },
      series: [lineOf("gradient descent", run, { y: "loss" })],
    }),
  ],
});
