// Euler's method on the logistic equation dx/dt = x(1 − x), against its exact solution.
import { curve, euler, figure, lineOf, panel } from "@descent/numerics";

const x0 = 0.1; // start x(0), range 0.01 .. 1.5
const T = 20; // how long to integrate
const stepSizes = [2, 1, 0.5]; // Euler step sizes h

const F = (x: number) => x * (1 - x); // steady states where F(x) = 0: x = 0 and x = 1
const exact = (t: number) => 1 / (1 + ((1 - x0) / x0) * Math.exp(-t));

const tones = ["purple", "orange", "green"] as const;
const runs = stepSizes.map((h, i) =>
  lineOf(
    `Euler, h = ${h}`,
    euler((_t, x) => [F(x[0])], { x0, h, steps: Math.round(T / h) }),
    { tone: tones[i % tones.length] },
  ),
);

export default figure({
  panels: [
    panel({
      title: "Euler's method against the exact solution",
      x: "t",
      y: "x(t)",
      series: [curve("exact solution", exact, [0, T], { tone: "black" }), ...runs],
    }),
  ],
});
