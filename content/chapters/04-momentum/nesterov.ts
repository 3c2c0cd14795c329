// Nesterov's method: left, its iterates on ½θ² at t = k√η beside its flow θ̈ + (3/t)θ̇ + θ = 0; right,
// on a convex bowl whose 40 curvatures spread from 10⁻⁴ to 1, the loss of gradient descent and of
// Nesterov's method against their guarantees ‖θ₀ − θ⋆‖²/(2ηk) and 2‖θ₀ − θ⋆‖²/(η(k + 1)²).
import { diagonalQuadratic, figure, gradientDescent, line, lineOf, nesterov, nesterovFlow } from "@descent/numerics";
import { panel, pointsOf, quadratic } from "@descent/numerics";

const eta = 1; // step size η (the guarantees need η ≤ 1/M = 1), range 0.1 .. 1.5
const steps = 2000;

// Left: the method against its flow, with a small step so the flow's clock t = k√η is fine.
const small = 0.01;
const ball = nesterov(quadratic(1), { x0: 1, eta: small, steps: Math.round(15 / Math.sqrt(small)) });
const flow = nesterovFlow(quadratic(1), { x0: 1, T: 15, samples: 300 });

// Right: a convex bowl, with 10⁻⁴ ≤ λ ≤ 1, started at θ₀ = (1, …, 1); θ⋆ = 0 and L⋆ = 0.
const curvatures = Array.from({ length: 40 }, (_, i) => 10 ** (-4 + (4 * i) / 39));
const bowl = diagonalQuadratic(curvatures);
const x0 = curvatures.map(() => 1);
const distance2 = curvatures.length; // ‖θ₀ − θ⋆‖²
const gd = gradientDescent(bowl, { x0, eta, steps });
const fast = nesterov(bowl, { x0, eta, steps });
// The steps to draw: about 60 a decade on the log scale.
const k = [...new Set(Array.from({ length: 200 }, (_, i) => Math.round(steps ** (i / 199))))];
const at = (run: typeof gd) => k.map((j) => run.loss[j]).filter((l) => l !== undefined);

export default figure({
  panels: [
    panel({
      title: "Nesterov on ½θ², η = 0.01",
      x: "t = k√η",
      y: "θ",
      series: [lineOf("θ̈ + (3/t)θ̇ + θ = 0", flow), pointsOf("Nesterov's method", ball, { tone: "black" })],
    }),
    panel({
      title: "A convex bowl: L(θ_k) − L⋆",
      x: { label: "step k", log: true },
      y: { label: "L(θ_k) − L⋆", log: true },
      series: [
        line("gradient descent", k.slice(0, at(gd).length), at(gd)),
        line("Nesterov", k.slice(0, at(fast).length), at(fast), { tone: "orange" }),
        line(
          "‖θ₀ − θ⋆‖²/(2ηk)",
          k,
          k.map((j) => distance2 / (2 * eta * j)),
          { tone: "blue", dashed: true },
        ),
        line(
          "2‖θ₀ − θ⋆‖²/(η(k + 1)²)",
          k,
          k.map((j) => (2 * distance2) / (eta * (j + 1) ** 2)),
          {
            tone: "orange",
            dashed: true,
          },
        ),
      ],
    }),
  ],
});
