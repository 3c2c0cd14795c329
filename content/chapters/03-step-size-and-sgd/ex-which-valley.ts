// Exercise 3.1: gradient descent on the terrain of Figure 3.1 from θ₀ = −1.6, on the inner wall of the
// deep valley, with η = 0.5.
import { curve, figure, gradientDescent, hillyTerrain, panel, points } from "@descent/numerics";

export const eta = 0.5;
export const start = -1.6;
const terrain = hillyTerrain(); // L(θ) = θ⁴/4 − θ² + 0.3θ

const run = gradientDescent(terrain, { x0: start, eta, steps: 200 });
export const last = Array.from(run.x.slice(-4), (x) => x[0]);
console.log(`the last four iterates: ${last.map((theta) => theta.toFixed(3)).join(", ")}`);

export default figure({
  panels: [
    panel({
      title: `From θ₀ = ${start} with η = ${eta}`,
      x: "θ",
      y: "L(θ)",
      series: [
        curve("L(θ)", (v) => terrain.value([v]), [-2.3, 2.1], { tone: "gray" }),
        points(
          "iterates",
          Array.from(run.x, (x) => x[0]),
          Array.from(run.loss),
          { tone: "blue" },
        ),
      ],
    }),
  ],
});
