// Gradient descent against gradient flow on the bowl L(θ) = ½λθ².
import { gradientDescent, gradientFlow, quadratic } from "@descent/numerics";
import { curve, figure, lineOf, panel, points, pointsOf } from "@descent/numerics";

const lambda = 1; // curvature λ, range 0.2 .. 3
const eta = 0.5; // step size η, range 0.05 .. 1.9
const theta0 = 1.2; // start θ₀, range -1.5 .. 1.5
const steps = 10;

const loss = quadratic(lambda);
const gd = gradientDescent(loss, { x0: theta0, eta, steps });
const gf = gradientFlow(loss, { x0: theta0, T: steps * eta });

export default figure({
  panels: [
    panel({
      title: "The bowl and the start",
      x: "θ",
      y: "L(θ)",
      series: [
        curve("L(θ) = ½λθ²", (theta) => loss.value([theta]), [-1.5, 1.5]),
        points("θ₀", [theta0], [loss.value([theta0])], { tone: "orange" }),
      ],
    }),
    panel({
      title: "θ against time",
      x: "t",
      y: "θ",
      series: [lineOf("gradient flow", gf), pointsOf("gradient descent at t = kη", gd, { tone: "black" })],
    }),
  ],
});
