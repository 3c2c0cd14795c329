// Polyak's heavy ball on the bowl L(θ) = ½λθ², beside the flow it steps, θ̈ + γθ̇ + λθ = 0, and beside
// chapter 1's first-order flow slowed by the friction, γθ̇ = −λθ. One iteration is the time step h = √η
// of the flow, and the momentum stands for the friction γ = (1 − β)/h.
import { figure, gradientFlow, heavyBall, heavyBallFlow, lineOf, panel, pointsOf, quadratic } from "@descent/numerics";

const eta = 0.04; // step size η, range 0.001 .. 0.2
const beta = 0.8; // momentum β, range 0 .. 0.99
const lambda = 1; // curvature λ
const theta0 = 1; // start θ₀, at rest
const T = 15; // how long, in the flow's time t = k√η

const h = Math.sqrt(eta);
const gamma = (1 - beta) / h;
console.log(
  `h = √η = ${h.toFixed(3)} and γ = (1 − β)/h = ${gamma.toFixed(3)}; ` +
    `critical damping is γ = 2√λ = ${2 * Math.sqrt(lambda)}`,
);

const bowl = quadratic(lambda);
const ball = heavyBall(bowl, { x0: theta0, eta, beta, steps: Math.round(T / h) });
const flow = heavyBallFlow(bowl, { x0: theta0, gamma, T, samples: 400 });
// γθ̇ = −λθ is the gradient flow of the bowl of curvature λ/γ.
const creeping = gradientFlow(quadratic(lambda / gamma), { x0: theta0, T });

export default figure({
  panels: [
    panel({
      title: "θ against time t = k√η",
      x: "t",
      y: "θ",
      series: [
        lineOf("θ̈ + γθ̇ + λθ = 0", flow),
        lineOf("γθ̇ = −λθ", creeping, { tone: "gray", dashed: true }),
        pointsOf("heavy ball", ball, { tone: "black" }),
      ],
    }),
  ],
});
