// Exercise 2.4: the flow on L(a, b) = ½(ab − 1)² from (1, −2), run to the line of minima.
import { contours, coordinate, figure, gradientFlow, line, objective, panel } from "@descent/numerics";

export const start = [1, -2];

const loss = objective({
  dim: 2,
  value: ([a, b]) => 0.5 * (a * b - 1) ** 2,
  grad: ([a, b]) => [(a * b - 1) * b, (a * b - 1) * a],
});
const flow = gradientFlow(loss, { x0: start, T: 40, samples: 400 });
const [a, b] = flow.x[flow.x.length - 1];
export const sharpness = a * a + b * b;
console.log(`the flow ends at (${a.toFixed(3)}, ${b.toFixed(3)}), sharpness a² + b² = ${sharpness.toFixed(3)}`);

export default figure({
  panels: [
    panel({
      title: "The flow on L from (1, −2)",
      x: "a",
      y: "b",
      levels: contours(loss, { x: [-1, 3], y: [-2.5, 2.5] }),
      equalAxes: true,
      series: [line("flow on L", coordinate(flow, 0), coordinate(flow, 1))],
    }),
  ],
});
