// Exercise 3.6, solved: the floor is the average once the start is forgotten. From θ = 10 the
// excess loss starts at 50 and decays like (1 − η)^{2k}: after 2000 steps it is gone, so the
// average leaves those steps out.
import { leastSquares, randomGenerator, sgd } from "@descent/numerics";

const N = 1000;
const random = randomGenerator(7);
const a = Array.from({ length: N }, () => random.normal());
const problem = leastSquares({ inputs: a.map(() => [1]), targets: a });

const mean = a.reduce((s, v) => s + v, 0) / N;
export const variance = a.reduce((s, v) => s + (v - mean) ** 2, 0) / N; // σ²
const lowest = problem.value([mean]); // L(θ⋆) = σ²/2, at θ⋆ = the mean

/** The average of L(θ) − L(θ⋆) over an SGD run from θ = 10, after its first 2000 steps. */
function floor(eta: number, batchSize: number, steps = 40000): number {
  const run = sgd(problem, { x0: [10], eta, batchSize, steps, seed: 1, every: 10 });
  const excess = Array.from(run.loss, (l) => l - lowest).slice(2000 / 10);
  return excess.reduce((s, v) => s + v, 0) / excess.length;
}

export const floors = {
  base: floor(0.1, 1), // η = 0.1, B = 1
  halfStep: floor(0.05, 1), // η = 0.05, B = 1
  doubleBatch: floor(0.1, 2), // η = 0.1, B = 2
};
console.log(floors);
