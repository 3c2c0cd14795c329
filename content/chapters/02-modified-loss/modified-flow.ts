// The modified loss L_η = L + (η/4)‖∇L‖²: a steeper bowl whose flow tracks gradient descent.
import { gradientDescent, gradientFlow, modifiedLoss, quadratic } from "@descent/numerics";
import { curve, figure, lineOf, panel, pointsOf } from "@descent/numerics";

const lambda = 1; // curvature λ, range 0.2 .. 2
const eta = 0.5; // step size η, range 0.05 .. 1.5
const theta0 = 1.2; // start θ₀
const steps = 10;

const loss = quadratic(lambda);
const modified = modifiedLoss(loss, eta); // ½(λ + ηλ²/2)θ²

const gd = gradientDescent(loss, { x0: theta0, eta, steps });
const flow = gradientFlow(loss, { x0: theta0, T: steps * eta });
const modifiedFlow = gradientFlow(modified, { x0: theta0, T: steps * eta });

export default figure({
  panels: [
    panel({
      title: "Original and modified loss",
      x: "θ",
      y: "loss",
      series: [
        curve("L(θ)", (theta) => loss.value([theta]), [-1.5, 1.5]),
        curve("L_η(θ)", (theta) => modified.value([theta]), [-1.5, 1.5], { tone: "orange" }),
      ],
    }),
    panel({
      title: "θ against time",
      x: "t",
      y: "θ",
      series: [
        lineOf("flow on L", flow),
        lineOf("flow on L_η", modifiedFlow, { tone: "orange" }),
        pointsOf("gradient descent", gd, { tone: "black" }),
      ],
    }),
  ],
});
