// Exercise 3.5: on the bowl ½(θ₁² + 10θ₂²), find the fixed step size η that makes the error shrink
// fastest, and measure the rate at which it shrinks.
import { diagonalQuadratic, figure, gradientDescent, line, panel } from "@descent/numerics";

export const eta = 0.1; // step size η, range 0.01 .. 0.2
const steps = 60;

const run = gradientDescent(diagonalQuadratic([1, 10]), { x0: [1, 1], eta, steps });
const error = Array.from(run.x, (x) => Math.hypot(x[0], x[1])); // distance to the minimum 0

// The rate: how much the error shrinks per step, late in the run.
export const rate = error[steps] / error[steps - 1];
console.log(`η = ${eta}: the error shrinks by ${rate.toFixed(4)} per step`);

export default figure({
  panels: [
    panel({
      title: "Distance to the minimum",
      x: "step k",
      y: { label: "‖θ_k‖", log: true },
      series: [
        line(
          `η = ${eta}`,
          error.map((_, k) => k),
          error,
        ),
      ],
    }),
  ],
});
