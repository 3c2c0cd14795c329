// Gradient descent on a bowl with curvatures 1 and 10 (condition number κ = 10). Along each
// eigenvector the coordinate is multiplied by its own factor 1 − ηλᵢ at every step.
import { contours, diagonalQuadratic, gradientDescent } from "@descent/numerics";
import { coordinate, figure, line, panel, points } from "@descent/numerics";

const eta = 0.18; // step size η, range 0.01 .. 0.21
const steps = 30;
const start = [-4, 1.5]; // start θ₀ = (θ₁, θ₂): click the landscape to move it
const curvatures = [1, 10]; // λ₁ = λmin along θ₁, λ₂ = λmax along θ₂

const bowl = diagonalQuadratic(curvatures); // ½(λ₁θ₁² + λ₂θ₂²)
const gd = gradientDescent(bowl, { x0: start, eta, steps });

const factors = curvatures.map((lambda) => 1 - eta * lambda);
const rate = Math.max(...factors.map(Math.abs));
console.log(
  `factors 1 − ηλᵢ: ${factors.map((f) => f.toFixed(3)).join(", ")}; the slower one sets the rate ${rate.toFixed(3)}`,
);

const k = Array.from({ length: steps + 1 }, (_, i) => i);
// Each coordinate's size against the step. A size that is exactly 0 has no place on a log scale.
const size = (i: number): [number[], number[]] => {
  const steps: number[] = [];
  const sizes: number[] = [];
  coordinate(gd, i).forEach((x, j) => {
    if (x !== 0) {
      steps.push(j);
      sizes.push(Math.abs(x));
    }
  });
  return [steps, sizes];
};

export default figure({
  panels: [
    panel({
      title: "Over the level sets",
      x: "θ₁",
      y: "θ₂",
      levels: contours(bowl, { x: [-4.5, 4.5], y: [-2, 2] }),
      equalAxes: true,
      series: [line("gradient descent", coordinate(gd, 0), coordinate(gd, 1), { tone: "black" })],
    }),
    panel({
      title: "Each coordinate's size",
      x: "step k",
      y: { label: "|θᵢ|", log: true },
      series: [
        points("|θ₁|, curvature 1", ...size(0)),
        points("|θ₂|, curvature 10", ...size(1), { tone: "orange" }),
        line(
          "rate^k · ‖θ₀‖",
          k,
          k.map((j) => rate ** j * Math.hypot(start[0], start[1])),
          { tone: "gray", dashed: true },
        ),
      ],
    }),
  ],
});
