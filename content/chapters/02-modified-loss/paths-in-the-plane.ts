// The general case in two dimensions: gradient descent on a curved valley, against the flow of
// L and the flow of the modified loss L_η = L + (η/4)‖∇L‖².
import {
  contours,
  gradientDescent,
  gradientFlow,
  modifiedLoss,
  objective,
  trajectoryDistance,
} from "@descent/numerics";
import { coordinate, figure, line, panel, points } from "@descent/numerics";

const eta = 0.05; // step size η, range 0.01 .. 0.2
const steps = 60;
const start = [1.2, 1.0]; // start θ₀ = (a, b): click the landscape to move it

// A valley that bends (and is not convex): L(θ) = a⁴/4 + a²b²/2 + b²/2 + a/2 for θ = (a, b).
const loss = objective({
  dim: 2,
  value: ([a, b]) => a ** 4 / 4 + (a * a * b * b) / 2 + (b * b) / 2 + a / 2,
  grad: ([a, b]) => [a ** 3 + a * b * b + 0.5, a * a * b + b],
  hvp: ([a, b], [u, v]) => [(3 * a * a + b * b) * u + 2 * a * b * v, 2 * a * b * u + (a * a + 1) * v],
});

const modified = modifiedLoss(loss, eta);

const gd = gradientDescent(loss, { x0: start, eta, steps });
// Both flows, finely sampled for the paths, and at the times t = kη of the GD steps for the distances.
const T = steps * eta;
const flowPath = gradientFlow(loss, { x0: start, T, samples: 400 });
const modifiedPath = gradientFlow(modified, { x0: start, T, samples: 400 });
const gap = (flowLoss: typeof loss) =>
  trajectoryDistance(gd, gradientFlow(flowLoss, { x0: start, times: gd.t })).distance;

export default figure({
  panels: [
    panel({
      title: "Paths over the level sets of L",
      x: "a",
      y: "b",
      levels: contours(loss, { x: [-1.3, 1.5], y: [-0.5, 1.3] }),
      equalAxes: true,
      series: [
        line("flow on L", coordinate(flowPath, 0), coordinate(flowPath, 1)),
        line("flow on L_η", coordinate(modifiedPath, 0), coordinate(modifiedPath, 1), { tone: "orange" }),
        points("gradient descent", coordinate(gd, 0), coordinate(gd, 1), { tone: "black" }),
      ],
    }),
    panel({
      title: "Distance from gradient descent",
      x: "t",
      y: "distance",
      series: [line("flow on L", gd.t, gap(loss)), line("flow on L_η", gd.t, gap(modified), { tone: "orange" })],
    }),
  ],
});
