// Exercise 3.5, solved: the slowest factor max(|1 − η|, |1 − 10η|) is smallest where the two are
// equal, 1 − η = 10η − 1, that is η = 2/11; the rate is then 9/11 = (κ − 1)/(κ + 1) with κ = 10.
import { diagonalQuadratic, figure, gradientDescent, line, panel } from "@descent/numerics";

export const eta = 2 / 11; // 2/(λmin + λmax): |1 − η| = |1 − 10η| = 9/11
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
