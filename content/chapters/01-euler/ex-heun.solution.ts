// Exercise 1.3, solved: Heun's step averages the slope at x and at Euler's guess x + h·F(x).
import { figure, line, observedOrder, panel } from "@descent/numerics";

/** One step of Heun's method for dx/dt = F(x), from x. */
export function step(F: (x: number) => number, x: number, h: number): number {
  const guess = x + h * F(x); // Euler's step
  return x + (h / 2) * (F(x) + F(guess));
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
