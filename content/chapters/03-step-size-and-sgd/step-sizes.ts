// Too small, about right, too large: gradient descent on L(θ) = ½λθ² for three step sizes.
// Stable exactly when η < 2/λ, since each step multiplies θ by (1 − ηλ).
import { gradientDescent, quadratic, stableStepBound } from "@descent/numerics";
import { figure, line, lineOf, panel } from "@descent/numerics";

const lambda = 2; // curvature λ (2/λ = 1 at λ = 2), range 0.5 .. 4
const theta0 = 1; // start θ₀
const steps = 25;
const etas = [0.05, 0.45, 1.05]; // too small, about right, too large

const loss = quadratic(lambda);
const bound = stableStepBound(loss, [theta0]);
console.log(`stable for η < 2/λ = ${bound}`);

const tones = ["blue", "green", "red"] as const;
const runs = etas.map((eta, i) =>
  lineOf(
    `η = ${eta}${eta > bound ? " > 2/λ" : eta === bound ? " = 2/λ" : ""}`,
    gradientDescent(loss, { x0: theta0, eta, steps }),
    {
      tone: tones[i % 3],
    },
  ),
);
// Plot against the step count k rather than time, so the three runs share an axis.
const byStep = runs.map((series, i) =>
  line(
    series.label,
    series.x.map((t) => t / etas[i]),
    series.y,
    { tone: series.tone },
  ),
);

export default figure({
  panels: [
    panel({
      title: "θ after k steps",
      x: "step k",
      y: "θ",
      series: byStep,
    }),
  ],
});
