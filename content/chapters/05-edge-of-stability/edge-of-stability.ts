// Gradient descent on a network small enough to watch: ŷ(z) = a·(b₁z₁ + b₂z₂), one hidden unit and
// no nonlinearity, fitted by least squares to the teacher z₁ + 5z₂ on inputs that vary much along z₁
// (variance 1) and little along z₂ (variance ε). Its loss, the sharpness of the iterate and 2/η.
import { figure, gradientDescent, gradientFlow, line, objective, panel, sharpnessAlong } from "@descent/numerics";

const etaA = 0.5; // step size η₁, range 0.3 .. 0.9
const etaB = 0.7; // step size η₂, range 0.3 .. 0.9
const epsilon = 0.002; // variance of the inputs along z₂
const start = [0.5, 0.5, 0]; // (a, b₁, b₂)
const T = 1000; // how long, in time t = kη

// L(a, b₁, b₂) = ½(ab₁ − 1)² + ½ε(ab₂ − 5)²
const net = objective({
  dim: 3,
  value: ([a, b1, b2]) => 0.5 * (a * b1 - 1) ** 2 + 0.5 * epsilon * (a * b2 - 5) ** 2,
  grad: ([a, b1, b2]) => {
    const [r1, r2] = [a * b1 - 1, epsilon * (a * b2 - 5)];
    return [r1 * b1 + r2 * b2, r1 * a, r2 * a];
  },
  hvp: ([a, b1, b2], [u, v1, v2]) => {
    const [r1, r2] = [a * b1 - 1, epsilon * (a * b2 - 5)];
    const [d1, d2] = [b1 * u + a * v1, epsilon * (b2 * u + a * v2)]; // the residuals' changes along v
    return [b1 * d1 + b2 * d2 + r1 * v1 + r2 * v2, a * d1 + r1 * u, a * d2 + r2 * u];
  },
});

// The flow to 8 digits (rtol): plenty for a curve, and quicker than the default 11.
const flow = gradientFlow(net, { x0: start, T, samples: 250, rtol: 1e-8 });
const runs = [etaA, etaB].map((eta) => {
  const gd = gradientDescent(net, { x0: start, eta, steps: Math.round(T / eta) });
  return { eta, gd, sharpness: sharpnessAlong(net, gd) };
});
for (const { eta, sharpness } of runs) {
  const late = sharpness.slice(-Math.floor(sharpness.length / 4));
  const settled = late.reduce((s, v) => s + v, 0) / late.length;
  console.log(`η = ${eta}: the sharpness settles at ${settled.toFixed(3)}; 2/η = ${(2 / eta).toFixed(3)}`);
}
const flowSharpness = sharpnessAlong(net, flow);
console.log(`the gradient flow ends at sharpness ${flowSharpness[flowSharpness.length - 1].toFixed(3)}`);

const tones = ["blue", "orange"] as const;
export default figure({
  panels: [
    panel({
      title: "Sharpness and 2/η",
      x: "t = kη",
      y: "sharpness",
      series: [
        line("gradient flow", flow.t, flowSharpness, { tone: "gray" }),
        ...runs.flatMap(({ eta, gd, sharpness }, i) => [
          line(`GD, η = ${eta}`, gd.t, sharpness, { tone: tones[i] }),
          line(`2/η = ${(2 / eta).toFixed(2)}`, [0, T], [2 / eta, 2 / eta], { tone: tones[i], dashed: true }),
        ]),
      ],
    }),
    panel({
      title: "Loss",
      x: "t = kη",
      y: { label: "L", log: true },
      series: [
        line("gradient flow", flow.t, flow.loss, { tone: "gray" }),
        ...runs.map(({ eta, gd }, i) => line(`GD, η = ${eta}`, gd.t, gd.loss, { tone: tones[i] })),
      ],
    }),
  ],
});
