// Exercise 3.6: SGD estimates the mean of N = 1000 numbers aᵢ by minimising
// L(θ) = (1/N) Σ ½(θ − aᵢ)². With a constant step it never settles: measure how far above
// its minimum the loss stays, on average, for three pairs of step size η and batch size B.
import { leastSquares, randomGenerator, sgd } from "@descent/numerics";

const N = 1000;
const random = randomGenerator(7);
const a = Array.from({ length: N }, () => random.normal());
const problem = leastSquares({ inputs: a.map(() => [1]), targets: a });

const mean = a.reduce((s, v) => s + v, 0) / N;
export const variance = a.reduce((s, v) => s + (v - mean) ** 2, 0) / N; // σ²
const lowest = problem.value([mean]); // L(θ⋆) = σ²/2, at θ⋆ = the mean

/** The average of L(θ) − L(θ⋆) over an SGD run from θ = 10 (every 10th step is recorded). */
function floor(eta: number, batchSize: number, steps = 40000): number {
  const run = sgd(problem, { x0: [10], eta, batchSize, steps, seed: 1, every: 10 });
  const excess = Array.from(run.loss, (l) => l - lowest);
  return excess.reduce((s, v) => s + v, 0) / excess.length;
}

export const floors = {
  base: floor(0.1, 1), // η = 0.1, B = 1
  halfStep: floor(0.05, 1), // η = 0.05, B = 1
  doubleBatch: floor(0.1, 2), // η = 0.1, B = 2
};
console.log(floors);
