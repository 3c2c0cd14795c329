// Exercise 3.2: gradient descent on L(θ) = θ² (curvature λ = 2) with η = 0.1, from θ₀ = 1.
import { figure, gradientDescent, line, panel, quadratic } from "@descent/numerics";

export const eta = 0.1;
const lambda = 2;
const run = gradientDescent(quadratic(lambda), { x0: 1, eta, steps: 200 });
const theta = Array.from(run.x, (x) => x[0]);

// The first step k at which |θ_k| < 10⁻⁶.
export const steps = theta.findIndex((t) => Math.abs(t) < 1e-6);
console.log(`|θ| first falls below 10⁻⁶ at step ${steps}`);

export default figure({
  panels: [
    panel({
      title: "|θ| after k steps",
      x: "step k",
      y: { label: "|θ|", log: true },
      series: [
        line(
          "|θ_k|",
          theta.map((_, k) => k),
          theta.map(Math.abs),
        ),
        line("10⁻⁶", [0, 200], [1e-6, 1e-6], { tone: "gray", dashed: true }),
      ],
    }),
  ],
});
