// Exercise 4.4: the heavy ball on L(θ) = ½θ² (λ = 1) with η = 0.04. Which momentum β makes θ shrink
// fastest? Try some, and watch the measured rate.
import { figure, heavyBall, panel, points, quadratic } from "@descent/numerics";

export const beta = 0.9; // momentum β, range 0 .. 0.99
const eta = 0.04;
const steps = 200;

const run = heavyBall(quadratic(1), { x0: 1, eta, beta, steps });
const theta = Array.from(run.states);
// The rate: the largest |θ| over the last 50 steps against the 50 before, per step (a window longer
// than a swing, so ringing does not fool it).
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
