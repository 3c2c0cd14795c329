// Exercise 4.4, solved: the roots of r² − (1 + β − ηλ)r + β meet when (1 + β − ηλ)² = 4β, that is
// (1 − √β)² = ηλ: β = (1 − √(ηλ))² = (1 − 0.2)² = 0.64, and both roots are then 1 − √(ηλ) = 0.8.
import { figure, heavyBall, panel, points, quadratic } from "@descent/numerics";

export const beta = 0.64; // momentum β, range 0 .. 0.99
const eta = 0.04;
const steps = 200;

const run = heavyBall(quadratic(1), { x0: 1, eta, beta, steps });
const theta = Array.from(run.states);
const largest = (from: number, to: number) => Math.max(...theta.slice(from, to).map(Math.abs));
const rate = (largest(150, 201) / largest(100, 151)) ** (1 / 50);
console.log(`β = ${beta}: θ shrinks by about ${rate.toFixed(4)} a step`);

export default figure({
  panels: [
    panel({
      title: `Heavy ball, η = ${eta}, β = ${beta}`,
      x: "step k",
      y: "θ",
      series: [
        points(
          "heavy ball",
          theta.map((_, k) => k),
          theta,
          { tone: "black" },
        ),
      ],
    }),
  ],
});
