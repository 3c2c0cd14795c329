// Gradient descent on a bowl with curvatures 1 and 10 (condition number κ = 10). Along each
// eigenvector the coordinate is multiplied by its own factor 1 − ηλᵢ at every step.
import { contours, diagonalQuadratic, gradientDescent } from "@descent/numerics";
import { coordinate, figure, line, panel, points } from "@descent/numerics";

const eta = 0.18; // step size η, range 0.01 .. 0.21
const steps = 30;
const start = [-4, 1.5]; // start (x₁, x₂): click the landscape to move it
const curvatures = [1, 10]; // λ₁ = λmin along x₁, λ₂ = λmax along x₂

const bowl = diagonalQuadratic(curvatures); // ½(λ₁x₁² + λ₂x₂²)
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
      x: "x₁",
      y: "x₂",
      levels: contours(bowl, { x: [-4.5, 4.5], y: [-2, 2] }),
      equalAxes: true,
      series: [line("gradient descent", coordinate(gd, 0), coordinate(gd, 1), { tone: "black" })],
    }),
    panel({
      title: "Each coordinate's size",
      x: "step k",
      y: { label: "|xᵢ|", log: true },
      series: [
        points("|x₁|, curvature 1", ...size(0)),
        points("|x₂|, curvature 10", ...size(1), { tone: "orange" }),
        line(
          "rate^k · |x₀|",
          k,
          k.map((j) => rate ** j * Math.hypot(start[0], start[1])),
          { tone: "gray", dashed: true },
        ),
      ],
    }),
  ],
});
