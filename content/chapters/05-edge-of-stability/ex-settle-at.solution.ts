// Exercise 5.2, solved: at the edge the sharpness settles at 2/η, so η = 2/3 puts it at 3 (the flow alone
// would go on to 5.30, above 3, so the run does reach the edge).
import { figure, gradientDescent, line, objective, panel, sharpnessAlong } from "@descent/numerics";

export const eta = 2 / 3; // the edge settles at 2/η = 3
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
// Where it settles: the mean over the last quarter of the run.
const late = sharpness.slice(-Math.floor(sharpness.length / 4));
export const settled = late.reduce((s, v) => s + v, 0) / late.length;
console.log(`η = ${eta}: the sharpness settles at ${settled.toFixed(3)}`);

export default figure({
  panels: [
    panel({
      title: "Sharpness",
      x: "t = kη",
      y: "sharpness",
      series: [
        line(`gradient descent, η = ${eta}`, gd.t, sharpness, { tone: "black" }),
        line("3", [0, T], [3, 3], { tone: "gray", dashed: true }),
      ],
    }),
  ],
});
