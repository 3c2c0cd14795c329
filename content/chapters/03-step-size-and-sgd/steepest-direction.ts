// Which direction lowers the loss most? Try every unit direction v at angle φ and compare the
// actual decrease L(w) − L(w + ηv) with its first-order estimate −η∇L(w)ᵀv.
import { figure, line, panel, rosenbrock } from "@descent/numerics";

const loss = rosenbrock(); // (1 − x)² + 100(y − x²)²
const w = [-0.5, 0.6]; // where we stand
const eta = 0.001; // step length η, range 0.0001 .. 0.5

const g = loss.grad(w);
const angles = Array.from({ length: 361 }, (_, k) => k); // φ in degrees
const direction = (deg: number) => [Math.cos((deg * Math.PI) / 180), Math.sin((deg * Math.PI) / 180)];

const actual = angles.map((deg) => {
  const v = direction(deg);
  return loss.value(w) - loss.value([w[0] + eta * v[0], w[1] + eta * v[1]]);
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
      y: "L(w) − L(w + ηv)",
      series: [
        line("actual", angles, actual),
        line("first-order estimate", angles, firstOrder, { tone: "orange", dashed: true }),
      ],
    }),
  ],
});
