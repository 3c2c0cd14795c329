// Exercise 3.1: gradient descent on the terrain of Figure 3.1 from A (w₀ = −2.2), with η = 0.5.
import { curve, figure, gradientDescent, hillyTerrain, panel, points } from "@descent/numerics";

export const eta = 0.5;
export const start = -2.2;
const terrain = hillyTerrain(); // L(w) = w⁴/4 − w² + 0.3w

const run = gradientDescent(terrain, { x0: start, eta, steps: 200 });
export const last = Array.from(run.x.slice(-4), (x) => x[0]);
console.log(`the last four iterates: ${last.map((w) => w.toFixed(3)).join(", ")}`);

export default figure({
  panels: [
    panel({
      title: `From A with η = ${eta}`,
      x: "w",
      y: "L(w)",
      series: [
        curve("L(w)", (v) => terrain.value([v]), [-2.3, 2.1], { tone: "gray" }),
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
