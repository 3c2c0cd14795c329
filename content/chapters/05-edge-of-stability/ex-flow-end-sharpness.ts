// Exercise 5.1: gradient descent with η = 0.3 on the network of Figure 5.1,
// L(a, b₁, b₂) = ½(ab₁ − 1)² + ½ε(ab₂ − 5)², from (0.5, 0.5, 0), for the time T = 1000.
import { figure, gradientDescent, line, objective, panel, sharpnessAlong } from "@descent/numerics";

export const eta = 0.3;
const epsilon = 0.002;
const T = 1000;

const net = objective({
  dim: 3,
  value: ([a, b1, b2]) => 0.5 * (a * b1 - 1) ** 2 + 0.5 * epsilon * (a * b2 - 5) ** 2,
  grad: ([a, b1, b2]) => {
    const [r1, r2] = [a * b1 - 1, epsilon * (a * b2 - 5)];
    return [r1 * b1 + r2 * b2, r1 * a, r2 * a];
  },
  hvp: ([a, b1, b2], [u, v1, v2]) => {
    const [r1, r2] = [a * b1 - 1, epsilon * (a * b2 - 5)];
    const [d1, d2] = [b1 * u + a * v1, epsilon * (b2 * u + a * v2)];
    return [b1 * d1 + b2 * d2 + r1 * v1 + r2 * v2, a * d1 + r1 * u, a * d2 + r2 * u];
  },
});

const gd = gradientDescent(net, { x0: [0.5, 0.5, 0], eta, steps: Math.round(T / eta) });
const sharpness = sharpnessAlong(net, gd);
export const settled = sharpness[sharpness.length - 1];
console.log(`with η = ${eta} the sharpness ends at ${settled.toFixed(3)}; 2/η = ${(2 / eta).toFixed(3)}`);

export default figure({
  panels: [
    panel({
      title: `Sharpness, η = ${eta}`,
      x: "t = kη",
      y: "sharpness",
      series: [
        line("gradient descent", gd.t, sharpness, { tone: "black" }),
        line("2/η", [0, T], [2 / eta, 2 / eta], { tone: "gray", dashed: true }),
      ],
    }),
  ],
});
