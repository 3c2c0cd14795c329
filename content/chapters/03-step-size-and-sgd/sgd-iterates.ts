// Where SGD's iterates sit once it has forgotten its start: SGD estimates the mean of N = 1000 numbers
// aᵢ by minimising L(θ) = (1/N) Σ ½(θ − aᵢ)², a quadratic of curvature 1. With a constant step η the
// error e = θ − θ* obeys e ← (1 − η)e + η·(the batch's mean − θ*), and settles into a distribution
// about the minimum, Gaussian with variance ησ²/(B(2 − η)).
import { curve, figure, histogram, leastSquares, panel, randomGenerator, sgd } from "@descent/numerics";

const eta = 0.1; // step size η, range 0.02 .. 0.5
const batch = 1; // batch size B, range 1 .. 20

const N = 1000;
const random = randomGenerator(7);
const a = Array.from({ length: N }, () => random.normal());
const problem = leastSquares({ inputs: a.map(() => [1]), targets: a });
const best = a.reduce((s, v) => s + v, 0) / N; // θ*, the mean
const variance = a.reduce((s, v) => s + (v - best) ** 2, 0) / N; // σ²

// Start at the minimum and let 60,000 steps run, every 3rd kept, the first 200/η steps left out (the
// start is forgotten after a few times 1/η steps).
const run = sgd(problem, { x0: [best], eta, batchSize: batch, steps: 60000, seed: 1, every: 3 });
const errors = Array.from(run.states, (theta) => theta - best).slice(Math.round(200 / eta / 3));
const measured = errors.reduce((s, e) => s + e * e, 0) / errors.length;
const theory = (eta * variance) / (batch * (2 - eta)); // ησ²/(B(2 − η))
console.log(`variance of θ − θ*: measured ${measured.toExponential(3)}, ησ²/(B(2 − η)) = ${theory.toExponential(3)}`);

const reach = 4 * Math.sqrt(theory);
export default figure({
  panels: [
    panel({
      title: "SGD's iterates around the minimum",
      x: "θ − θ*",
      y: "density",
      series: [
        histogram("SGD's iterates", errors, { bins: 40, range: [-reach, reach] }),
        curve(
          "Gaussian, variance ησ²/(B(2 − η))",
          (e) => Math.exp(-(e * e) / (2 * theory)) / Math.sqrt(2 * Math.PI * theory),
          [-reach, reach],
          { tone: "orange" },
        ),
      ],
    }),
  ],
});
