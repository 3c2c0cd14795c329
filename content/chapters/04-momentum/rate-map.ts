// The heavy ball's rate on a bowl with curvatures λ from 1 to 10 (κ = 10), for every pair (η, β): the
// largest spectral radius of its iteration matrices, max over λ of ρ(T_λ). Left, the map; right, the
// radius curvature by curvature for the chosen pair, against gradient descent at its best step.
import { bestHeavyBall, contours, curve, figure, heavyBallRate, heavyBallSpectralRadius } from "@descent/numerics";
import { line, panel, points } from "@descent/numerics";

const chosen = [0.1, 0.6]; // start: the pair (η, β); click the map to choose another
const [lambdaMin, lambdaMax] = [1, 10];

const rate = (eta: number, beta: number) => heavyBallRate(eta, beta, [lambdaMin, lambdaMax]);
const best = bestHeavyBall(lambdaMin, lambdaMax); // η = 4/(√λmax + √λmin)², √β = (√κ − 1)/(√κ + 1)
const gdStep = 2 / (lambdaMin + lambdaMax); // gradient descent's best step (3.12)
const [eta, beta] = chosen;
console.log(`your pair: rate ${rate(eta, beta).toFixed(4)}`);
console.log(`Polyak's pair (${best.eta.toFixed(4)}, ${best.beta.toFixed(4)}): rate ${best.rate.toFixed(4)}`);
console.log(`gradient descent at η = 2/11: rate ${rate(gdStep, 0).toFixed(4)}`);

export default figure({
  panels: [
    panel({
      title: "Rate over the pairs (η, β)",
      x: "step size η",
      y: "momentum β",
      levels: contours(rate, {
        x: [0.002, 0.42],
        y: [0, 0.98],
        levels: [0.55, 0.6, 0.7, 0.8, 0.9, 0.95],
        label: "rate",
      }),
      series: [
        line("edge: η = 2(1 + β)/λmax", [0.2, 0.396], [0, 0.98], { tone: "red", dashed: true }),
        points("Polyak's best pair", [best.eta], [best.beta], { tone: "green" }),
        points("gradient descent's best", [gdStep], [0], { tone: "blue" }),
        points("your pair", [eta], [beta], { tone: "black" }),
      ],
    }),
    panel({
      title: "Radius ρ(T_λ) curvature by curvature",
      x: "curvature λ",
      y: "spectral radius",
      series: [
        curve("heavy ball, your pair", (lambda) => heavyBallSpectralRadius(eta, beta, lambda), [0, 12], {
          tone: "black",
        }),
        curve("gradient descent, η = 2/11", (lambda) => Math.abs(1 - gdStep * lambda), [0, 12]),
        line("λmin", [lambdaMin, lambdaMin], [0, 1.2], { tone: "gray", dashed: true }),
        line("λmax", [lambdaMax, lambdaMax], [0, 1.2], { tone: "gray", dashed: true }),
      ],
    }),
  ],
});
