// Chapter 2's modified loss L_η = L + (η/4)‖∇L‖² on the small network of Figure 5.1: how far its flow,
// and the flow on L, stay from gradient descent, and where each one's sharpness goes.
import { figure, gradientDescent, gradientFlow, line, modifiedLoss, objective, panel } from "@descent/numerics";
import { sharpnessAlong, trajectoryDistance } from "@descent/numerics";

const eta = 0.5; // step size η, range 0.1 .. 0.9
const epsilon = 0.002; // variance of the inputs along z₂
const start = [0.5, 0.5, 0]; // (a, b₁, b₂)
const T = 400; // how long, in time t = kη

// L(a, b₁, b₂) = ½(ab₁ − 1)² + ½ε(ab₂ − 5)², as in Figure 5.1
const net = objective({
  dim: 3,
  value: ([a, b1, b2]) => 0.5 * (a * b1 - 1) ** 2 + 0.5 * epsilon * (a * b2 - 5) ** 2,
  grad: ([a, b1, b2]) => {
    const [r1, r2] = [a * b1 - 1, epsilon * (a * b2 - 5)];
    return [r1 * b1 + r2 * b2, r1 * a, r2 * a];
  },
  hvp: ([a, b1, b2], [u, v1, v2]) => {
    const [r1, r2] = [a * b1 - 1, epsilon * (a * b2 - 5)];
    const [d1, d2] = [b1 * u + a * v1, epsilon * (b2 * u + a * v2)];
    return [b1 * d1 + b2 * d2 + r1 * v1 + r2 * v2, a * d1 + r1 * u, a * d2 + r2 * u];
  },
});

const gd = gradientDescent(net, { x0: start, eta, steps: Math.round(T / eta) });
// Both flows sampled at the times t = kη of the steps, so each step has its two distances.
// To 8 digits (rtol): far finer than the distances drawn, and quicker than the default 11.
const flow = gradientFlow(net, { x0: start, times: gd.t, rtol: 1e-8 });
const modified = gradientFlow(modifiedLoss(net, eta), { x0: start, times: gd.t, rtol: 1e-8 });
// The distance at each step after the first (both start where GD does: 0 has no place on a log scale).
const apart = (run: typeof flow) => trajectoryDistance(gd, run).distance.subarray(1);

const last = (values: Float64Array) => values[values.length - 1];
const [sharpGd, sharpFlow, sharpModified] = [gd, flow, modified].map((run) => sharpnessAlong(net, run));
console.log(`2/η = ${(2 / eta).toFixed(3)}; at the end the sharpness is ${last(sharpGd).toFixed(3)} (GD),`);
console.log(`${last(sharpFlow).toFixed(3)} (flow on L) and ${last(sharpModified).toFixed(3)} (flow on L_η)`);

export default figure({
  panels: [
    panel({
      title: "Sharpness",
      x: "t = kη",
      y: "sharpness",
      series: [
        line("gradient descent", gd.t, sharpGd, { tone: "black" }),
        line("flow on L", flow.t, sharpFlow),
        line("flow on L_η", modified.t, sharpModified, { tone: "orange" }),
        line("2/η", [0, T], [2 / eta, 2 / eta], { tone: "gray", dashed: true }),
      ],
    }),
    panel({
      title: "Distance from gradient descent",
      x: "t = kη",
      y: { label: "‖θ_k − θ(kη)‖", log: true },
      series: [
        line("flow on L", gd.t.subarray(1), apart(flow)),
        line("flow on L_η", gd.t.subarray(1), apart(modified), { tone: "orange" }),
      ],
    }),
  ],
});
