// Exercise 1.2: Euler's method on dx/dt = x(1 − x) from x = 0.1 with the step h = 1.5.
import { curve, euler, figure, lineOf, panel } from "@descent/numerics";

export const h = 1.5;
const x0 = 0.1;
const steps = 16;

const run = euler((_t, x) => [x[0] * (1 - x[0])], { x0, h, steps });
export const iterates = Array.from(run.x, (x) => x[0]);

export default figure({
  panels: [
    panel({
      title: `Euler's method with h = ${h}`,
      x: "t",
      y: "x",
      series: [
        curve("exact solution", (t) => 1 / (1 + ((1 - x0) / x0) * Math.exp(-t)), [0, steps * h], { tone: "gray" }),
        lineOf(`Euler, h = ${h}`, run, { tone: "orange" }),
      ],
    }),
  ],
});
