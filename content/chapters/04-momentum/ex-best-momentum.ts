// Exercise 4.3: choose the step size η and the momentum β of the heavy ball for a bowl whose
// curvatures run from 1 to 100 (κ = 100), so that the error shrinks as fast as it can.
import { diagonalQuadratic, figure, heavyBall, line, panel } from "@descent/numerics";

export const eta = 2 / 101; // step size η: for now gradient descent's best, 2/(λmin + λmax)
export const beta = 0.5; // momentum β, range 0 .. 0.99
const steps = 150;

const run = heavyBall(diagonalQuadratic([1, 100]), { x0: [1, 1], eta, beta, steps });
const error = run.x.map((x) => Math.hypot(x[0], x[1])); // distance to the minimum 0
// The rate: how much the error shrinks per step, over the last 50 steps.
const rate = (error[error.length - 1] / error[error.length - 51]) ** (1 / 50);
console.log(`η = ${eta.toFixed(4)}, β = ${beta}: the error shrinks by about ${rate.toFixed(4)} a step`);

export default figure({
  panels: [
    panel({
      title: "Distance to the minimum",
      x: "step k",
      y: { label: "‖θ_k‖", log: true },
      series: [
        line(
          `η = ${eta.toFixed(4)}, β = ${beta}`,
          error.map((_, k) => k),
          error,
        ),
      ],
    }),
  ],
});
