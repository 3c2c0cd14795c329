// Exercise 3.3: gradient descent on the bowl ½(θ₁² + 10θ₂²), whose curvatures are 1 and 10.
// Find, by trying, the largest step size η for which it still converges (to within 0.01).
import { diagonalQuadratic, figure, gradientDescent, lineOf, panel } from "@descent/numerics";

export const eta = 0.1; // step size η, range 0.01 .. 0.25

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
