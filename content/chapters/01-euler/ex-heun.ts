// Exercise 1.3: a second-order relative of Euler's method. Make `step` Heun's step, then run.
import { figure, line, observedOrder, panel } from "@descent/numerics";

/** One step of length h for dx/dt = F(x), from x. For now it is Euler's step. */
export function step(F: (x: number) => number, x: number, h: number): number {
  return x + h * F(x);
}

// Solve dx/dt = −x up to t = 1 with that step, halving h each time, and measure the error's slope.
const stepSizes = [0.1, 0.05, 0.025, 0.0125];
const errors = stepSizes.map((h) => {
  let x = 1;
  for (let k = 0; k < Math.round(1 / h); k++) x = step((x) => -x, x, h);
  return Math.abs(x - Math.exp(-1));
});
export const order = observedOrder(stepSizes, errors);
console.log(`observed order: ${order.toFixed(3)}`);

export default figure({
  panels: [
    panel({
      title: "Error at t = 1 against the step size",
      x: { label: "h", log: true },
      y: { label: "error", log: true },
      series: [line(`your step (slope ${order.toFixed(2)})`, stepSizes, errors)],
    }),
  ],
});
