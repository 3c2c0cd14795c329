// SGD's noise floor: with a constant step, SGD never settles; it jitters at a height above the
// minimum that grows with the step size η and shrinks with the batch size B, through η/B.
import { gradientDescent, leastSquares, lineData, sgd } from "@descent/numerics";
import { figure, line, panel, points } from "@descent/numerics";

const data = lineData({ size: 200, weights: [1, -2], noise: 0.5, seed: 4 });
const problem = leastSquares(data);
const fit = gradientDescent(problem, { x0: [0, 0], eta: 0.5, steps: 2000 });
const lowest = fit.loss[fit.loss.length - 1]; // L(θ⋆), the least-squares minimum
const T = 800; // each run lasts the time T = kη
const seed = 1; // range 1 .. 100
const runs = [
  { eta: 0.02, batch: 2 },
  { eta: 0.05, batch: 5 },
  { eta: 0.1, batch: 10 },
  { eta: 0.1, batch: 5 },
];

const tones = ["blue", "green", "orange", "red"] as const;
const measured = runs.map(({ eta, batch }) => {
  const steps = Math.round(T / eta);
  // Every 7th step recorded: 7 shares no factor with an epoch's 200/B steps, so the samples fall
  // evenly over the epoch (where in its epoch an iterate is changes its error).
  const run = sgd(problem, { x0: [-1, 1], eta, batchSize: batch, steps, seed, every: 7 });
  const excess = Array.from(run.loss, (l) => l - lowest);
  // The floor: the average excess loss over the second half of the run, once the start is forgotten.
  const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
  const floor = mean(excess.slice(excess.length >> 1));
  // What the chart shows: the excess loss averaged over each stretch of 10 time units (the raw
  // values jitter over decades).
  const stretch = Math.round(10 / (eta * 7));
  const t: number[] = [];
  const smooth: number[] = [];
  for (let i = 0; i + stretch <= excess.length; i += stretch) {
    t.push(run.t[i + (stretch >> 1)]);
    smooth.push(mean(excess.slice(i, i + stretch)));
  }
  console.log(`η = ${eta}, B = ${batch}, η/B = ${(eta / batch).toFixed(3)}: floor ${floor.toExponential(2)}`);
  return { eta, batch, floor, t, smooth };
});

export default figure({
  panels: [
    panel({
      title: "Excess loss, averaged over 10 time units",
      x: "t = kη",
      y: { label: "L(θ) − L(θ⋆)", log: true },
      series: measured.map(({ eta, batch, t, smooth }, i) =>
        line(`η = ${eta}, B = ${batch}`, t, smooth, { tone: tones[i % tones.length] }),
      ),
    }),
    panel({
      title: "The floor against η/B",
      x: "η/B",
      y: "floor",
      series: [
        points(
          "measured floors",
          measured.map(({ eta, batch }) => eta / batch),
          measured.map(({ floor }) => floor),
          { tone: "black" },
        ),
        // Where floors proportional to η/B would lie, through the first run's.
        line("proportional to η/B", [0, 0.02], [0, (0.02 / 0.01) * measured[0].floor], { tone: "gray", dashed: true }),
      ],
    }),
  ],
});
