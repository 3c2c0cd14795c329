// Gradient descent steps laid on the gradient flow they approximate, over the level sets of the loss L.
import { contours, gradientDescent, gradientFlow, quadratic } from "@descent/numerics";
import { coordinate, figure, line, lineOf, panel, points, pointsOf } from "@descent/numerics";

const eta = 0.1; // step size η, range 0.01 .. 0.4
const steps = 30;
const start = [2, 1.5]; // start θ₀: click the landscape to move it

// L(θ) = ½θᵀAθ, a long, narrow bowl: curvature 6 across the valley, 1 along it.
const L = quadratic([
  [3.5, 2.5],
  [2.5, 3.5],
]);

const gd = gradientDescent(L, { x0: start, eta, steps });
const flow = gradientFlow(L, { x0: start, T: steps * eta, samples: 300 });

export default figure({
  panels: [
    panel({
      title: "In the plane, over the level sets of L",
      x: "θ₁",
      y: "θ₂",
      levels: contours(L, { x: [-2.5, 2.5], y: [-2.5, 2.5], label: "L" }),
      equalAxes: true,
      series: [
        line("gradient flow", coordinate(flow, 0), coordinate(flow, 1)),
        points("gradient descent", coordinate(gd, 0), coordinate(gd, 1), { tone: "black" }),
      ],
    }),
    panel({
      title: "L against time t = kη",
      x: "t",
      y: { label: "L(θ)", log: true },
      series: [
        lineOf("gradient flow", flow, { y: "loss" }),
        pointsOf("gradient descent", gd, { y: "loss", tone: "black" }),
      ],
    }),
  ],
});
