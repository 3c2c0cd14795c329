// Gradient descent steps laid on the gradient flow they approximate, over the level sets of f.
import { contours, gradientDescent, gradientFlow, quadratic } from "@descent/numerics";
import { coordinate, figure, line, lineOf, panel, points, pointsOf } from "@descent/numerics";

const alpha = 0.1; // step size α, range 0.01 .. 0.4
const steps = 30;
const start = [2, 1.5]; // start x₀: click the landscape to move it

// f(x) = ½xᵀAx, a long, narrow bowl: curvature 6 across the valley, 1 along it.
const f = quadratic([
  [3.5, 2.5],
  [2.5, 3.5],
]);

const gd = gradientDescent(f, { x0: start, eta: alpha, steps });
const flow = gradientFlow(f, { x0: start, T: steps * alpha, samples: 300 });

export default figure({
  panels: [
    panel({
      title: "In the plane, over the level sets of f",
      x: "x₁",
      y: "x₂",
      levels: contours(f, { x: [-2.5, 2.5], y: [-2.5, 2.5], label: "f" }),
      equalAxes: true,
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
