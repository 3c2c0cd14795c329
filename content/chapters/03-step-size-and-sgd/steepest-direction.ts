// Which direction lowers the loss most? Try every unit direction v at angle φ and compare the
// actual decrease L(θ) − L(θ + ηv) with its first-order estimate −η∇L(θ)ᵀv.
import { figure, line, panel, rosenbrock } from "@descent/numerics";

const loss = rosenbrock(); // L(θ) = (1 − θ₁)² + 100(θ₂ − θ₁²)²
const theta = [-0.5, 0.6]; // where we stand, θ = (θ₁, θ₂)
const eta = 0.001; // step length η, range 0.0001 .. 0.5

const g = loss.grad(theta);
const angles = Array.from({ length: 361 }, (_, k) => k); // φ in degrees
const direction = (deg: number) => [Math.cos((deg * Math.PI) / 180), Math.sin((deg * Math.PI) / 180)];

const actual = angles.map((deg) => {
  const v = direction(deg);
  return loss.value(theta) - loss.value([theta[0] + eta * v[0], theta[1] + eta * v[1]]);
});
const firstOrder = angles.map((deg) => {
  const v = direction(deg);
  return -eta * (g[0] * v[0] + g[1] * v[1]);
});
const best = angles[actual.indexOf(Math.max(...actual))];
const downhill = ((Math.atan2(-g[1], -g[0]) * 180) / Math.PI + 360) % 360;
console.log(`largest decrease at φ = ${best}°; the negative gradient points at φ = ${downhill.toFixed(1)}°`);

export default figure({
  panels: [
    panel({
      title: "Decrease of the loss by direction",
      x: "direction φ (degrees)",
      y: "L(θ) − L(θ + ηv)",
      series: [
        line("actual", angles, actual),
        line("first-order estimate", angles, firstOrder, { tone: "orange", dashed: true }),
      ],
    }),
  ],
});
