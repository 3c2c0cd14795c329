// Exercise 4.2: the heavy ball on L(θ) = ½θ² (curvature λ = 1) with η = 0.1 and β = 0.81, from θ₀ = 1 at rest.
import { figure, heavyBall, panel, points, quadratic } from "@descent/numerics";

export const eta = 0.1;
export const beta = 0.81;
const steps = 60;

const run = heavyBall(quadratic(1), { x0: 1, eta, beta, steps });
export const iterates = Array.from(run.states);

export default figure({
  panels: [
    panel({
      title: `Heavy ball, η = ${eta}, β = ${beta}`,
      x: "step k",
      y: "θ",
      series: [
        points(
          "heavy ball",
          iterates.map((_, k) => k),
          iterates,
          { tone: "black" },
        ),
      ],
    }),
  ],
});
