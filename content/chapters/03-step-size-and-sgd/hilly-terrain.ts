// A ball on hilly terrain: where it starts decides which valley it finds.
import { gradientDescent, hillyTerrain } from "@descent/numerics";
import { curve, figure, lineOf, panel, points } from "@descent/numerics";

const terrain = hillyTerrain(); // L(θ) = θ⁴/4 − θ² + 0.3θ
const eta = 0.05; // step size η, range 0.01 .. 0.7
const steps = 60;
const startA = -2.2; // point A, range -2.3 .. 2.1
const startB = 2; // point B, range -2.3 .. 2.1

const fromA = gradientDescent(terrain, { x0: startA, eta, steps });
const fromB = gradientDescent(terrain, { x0: startB, eta, steps });
const theta = (run: typeof fromA) => Array.from(run.x, (x) => x[0]);

export default figure({
  panels: [
    panel({
      title: "The terrain",
      x: "θ",
      y: "L(θ)",
      series: [
        curve("L(θ)", (v) => terrain.value([v]), [-2.3, 2.1], { tone: "gray" }),
        points("rolled from A", theta(fromA), Array.from(fromA.loss), { tone: "blue" }),
        points("rolled from B", theta(fromB), Array.from(fromB.loss), { tone: "orange" }),
      ],
    }),
    panel({
      title: "Loss against time",
      x: "t = kη",
      y: "L(θ)",
      series: [lineOf("from A", fromA, { y: "loss" }), lineOf("from B", fromB, { y: "loss", tone: "orange" })],
    }),
  ],
});
