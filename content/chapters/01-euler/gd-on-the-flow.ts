// Gradient descent steps laid on the gradient flow curve they approximate, at times t = kα.
import { gradientDescent, gradientFlow, quadratic } from "@descent/numerics";
import { coordinate, figure, line, lineOf, panel, points, pointsOf } from "@descent/numerics";

const alpha = 0.1; // step size α, range 0.01 .. 0.4
const steps = 30;
const start = [2, 1.5]; // x₀

// f(x) = ½xᵀAx with a long, narrow bowl: curvatures 1 and 6.
const f = quadratic([
  [3.5, 2.5],
  [2.5, 3.5],
]);

const gd = gradientDescent(f, { x0: start, eta: alpha, steps });
const flow = gradientFlow(f, { x0: start, T: steps * alpha, samples: 300 });

export default figure({
  panels: [
    panel({
      title: "In the plane",
      x: "x₁",
      y: "x₂",
      series: [
        line("gradient flow", coordinate(flow, 0), coordinate(flow, 1)),
        points("gradient descent", coordinate(gd, 0), coordinate(gd, 1), { tone: "black" }),
      ],
    }),
    panel({
      title: "f against time t = kα",
      x: "t",
      y: { label: "f(x)", log: true },
      series: [
        lineOf("gradient flow", flow, { y: "loss" }),
        pointsOf("gradient descent", gd, { y: "loss", tone: "black" }),
      ],
    }),
  ],
});
