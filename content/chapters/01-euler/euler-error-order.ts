// How Euler's error shrinks with the step size h, on dx/dt = −x (exact solution e^{−t}).
import { euler, figure, line, observedOrder, panel } from "@descent/numerics";

const T = 1; // end time, range 0.5 .. 5
const stepSizes = [0.2, 0.1, 0.05, 0.025, 0.0125, 0.00625];

const decay = (_t: number, x: Float64Array) => [-x[0]];
// Global error: the error at t = T after T/h steps.
const globalError = stepSizes.map((h) => {
  const run = euler(decay, { x0: 1, h, steps: Math.round(T / h) });
  return Math.abs(run.x[run.x.length - 1][0] - Math.exp(-T));
});
// Local error: the error after a single step.
const localError = stepSizes.map((h) => Math.abs(euler(decay, { x0: 1, h, steps: 1 }).x[1][0] - Math.exp(-h)));

console.log(`global error: slope ${observedOrder(stepSizes, globalError).toFixed(3)}`);
console.log(`one step:     slope ${observedOrder(stepSizes, localError).toFixed(3)}`);

export default figure({
  panels: [
    panel({
      title: "Error against step size",
      x: { label: "h", log: true },
      y: { label: "error", log: true },
      series: [
        line(`error at t = ${T} (slope ${observedOrder(stepSizes, globalError).toFixed(2)})`, stepSizes, globalError),
        line(`error after one step (slope ${observedOrder(stepSizes, localError).toFixed(2)})`, stepSizes, localError, {
          tone: "orange",
        }),
      ],
    }),
  ],
});
