// Exercise 4.3, solved: Polyak's pair puts both ends of [1, 100] on the edge of the band of complex
// roots, (1 − √β)² = η·1 and (1 + √β)² = η·100: √η = 2/(10 + 1) and √β = (10 − 1)/(10 + 1).
import { diagonalQuadratic, figure, heavyBall, line, panel } from "@descent/numerics";

export const eta = 4 / 121; // 4/(√λmax + √λmin)²
export const beta = (9 / 11) ** 2; // ((√κ − 1)/(√κ + 1))²
const steps = 150;

const run = heavyBall(diagonalQuadratic([1, 100]), { x0: [1, 1], eta, beta, steps });
const error = run.x.map((x) => Math.hypot(x[0], x[1])); // distance to the minimum 0
// The rate: how much the error shrinks per step, over the last 50 steps. (At both ends the two roots
// coincide, so the error carries a factor k: the measured rate sits a little above 9/11.)
const rate = (error[error.length - 1] / error[error.length - 51]) ** (1 / 50);
console.log(`η = ${eta.toFixed(4)}, β = ${beta.toFixed(4)}: the error shrinks by about ${rate.toFixed(4)} a step`);

export default figure({
  panels: [
    panel({
      title: "Distance to the minimum",
      x: "step k",
      y: { label: "‖θ_k‖", log: true },
      series: [
        line(
          `η = ${eta.toFixed(4)}, β = ${beta.toFixed(4)}`,
          error.map((_, k) => k),
          error,
        ),
      ],
    }),
  ],
});
