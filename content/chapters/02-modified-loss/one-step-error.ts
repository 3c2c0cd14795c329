// How far one gradient descent step lands from the flow of L and from the flow of L_η,
// for a loss that is not quadratic: L(θ) = θ⁴/4 + θ²/2.
import { gradientDescent, gradientFlow, modifiedLoss, objective, observedOrder } from "@descent/numerics";
import { figure, line, panel } from "@descent/numerics";

const theta0 = 1; // start θ₀, range 0.2 .. 2
const etas = [0.04, 0.02, 0.01, 0.005, 0.0025, 0.00125]; // step sizes η

const loss = objective({
  dim: 1,
  value: ([t]) => t ** 4 / 4 + t ** 2 / 2,
  grad: ([t]) => [t ** 3 + t],
  hvp: ([t], [v]) => [(3 * t ** 2 + 1) * v],
});

const gap = (flowLoss: typeof loss, eta: number) => {
  const step = gradientDescent(loss, { x0: theta0, eta, steps: 1 }).x[1][0];
  const flowEnd = gradientFlow(flowLoss, { x0: theta0, T: eta, samples: 1 }).x[1][0];
  return Math.abs(step - flowEnd);
};
const toFlow = etas.map((eta) => gap(loss, eta));
const toModifiedFlow = etas.map((eta) => gap(modifiedLoss(loss, eta), eta));

const slopeFlow = observedOrder(etas, toFlow);
const slopeModified = observedOrder(etas, toModifiedFlow);
console.log(`slope against the flow of L:   ${slopeFlow.toFixed(3)}`);
console.log(`slope against the flow of L_η: ${slopeModified.toFixed(3)}`);

export default figure({
  panels: [
    panel({
      title: "One-step error against step size",
      x: { label: "η", log: true },
      y: { label: "|θ_{GD} − θ_{flow}|", log: true },
      series: [
        line(`flow on L (slope ${slopeFlow.toFixed(2)})`, etas, toFlow),
        line(`flow on L_η (slope ${slopeModified.toFixed(2)})`, etas, toModifiedFlow, { tone: "orange" }),
      ],
    }),
  ],
});
