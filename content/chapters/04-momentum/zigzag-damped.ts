// Chapter 3's bowl ½(θ₁² + 10θ₂²), κ = 10: gradient descent at its best step zigzags across the valley;
// the heavy ball keeps part of each step's velocity, and with enough momentum the zigzag dies out.
import {
  bestHeavyBall,
  contours,
  diagonalQuadratic,
  gradientDescent,
  heavyBall,
  heavyBallRate,
} from "@descent/numerics";
import { coordinate, figure, line, panel, points } from "@descent/numerics";

const eta = 0.1; // the heavy ball's step size η, range 0.01 .. 0.35
const beta = 0.5; // momentum β, range 0 .. 0.95
const start = [-4, 1.5]; // start θ₀: click the landscape to move it
const steps = 30;
const curvatures = [1, 10];

const bowl = diagonalQuadratic(curvatures);
const kappa = curvatures[1] / curvatures[0];
const gdStep = 2 / (curvatures[0] + curvatures[1]); // (3.12): rate (κ − 1)/(κ + 1)
const gdRate = (kappa - 1) / (kappa + 1);
const rate = heavyBallRate(eta, beta, curvatures); // the larger spectral radius at the two ends
const gd = gradientDescent(bowl, { x0: start, eta: gdStep, steps });
const ball = heavyBall(bowl, { x0: start, eta, beta, steps });
const best = bestHeavyBall(curvatures[0], curvatures[1]);
console.log(`gradient descent: η = ${gdStep.toFixed(4)}, rate ${gdRate.toFixed(4)}`);
console.log(`heavy ball: η = ${eta}, β = ${beta}, rate ${rate.toFixed(4)}`);
console.log(`Polyak's pair: η = ${best.eta.toFixed(4)}, β = ${best.beta.toFixed(4)}, rate ${best.rate.toFixed(4)}`);

const k = Array.from({ length: steps + 1 }, (_, i) => i);
const size = (run: typeof gd) => run.x.map((x) => Math.hypot(x[0], x[1]));
const r0 = Math.hypot(start[0], start[1]);

export default figure({
  panels: [
    panel({
      title: "Over the level sets",
      x: "θ₁",
      y: "θ₂",
      levels: contours(bowl, { x: [-4.5, 4.5], y: [-2, 2] }),
      equalAxes: true,
      series: [
        line("gradient descent", coordinate(gd, 0), coordinate(gd, 1)),
        line("heavy ball", coordinate(ball, 0), coordinate(ball, 1), { tone: "black" }),
      ],
    }),
    panel({
      title: "Distance to the minimum",
      x: "step k",
      y: { label: "‖θ_k‖", log: true },
      series: [
        points("gradient descent", k, size(gd)),
        points("heavy ball", k, size(ball), { tone: "black" }),
        line(
          `${gdRate.toFixed(3)}ᵏ‖θ₀‖`,
          k,
          k.map((j) => gdRate ** j * r0),
          { tone: "blue", dashed: true },
        ),
        line(
          `${rate.toFixed(3)}ᵏ‖θ₀‖`,
          k,
          k.map((j) => rate ** j * r0),
          { tone: "gray", dashed: true },
        ),
      ],
    }),
  ],
});
