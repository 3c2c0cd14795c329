// A loss whose minima form a curve, L(θ) = ½(ab − 1)² for θ = (a, b): every point with ab = 1 is a
// minimum, and the curvature across the valley, a² + b², says how sharp it is there. Which minimum does
// each end at? From (1.5, −0.5) with η = 0.05, ηλ_max stays below 0.2: inside the expansion's reach.
import { contours, curve, gradientDescent, gradientFlow, modifiedLoss, objective } from "@descent/numerics";
import { coordinate, figure, line, panel, points } from "@descent/numerics";

const eta = 0.05; // step size η, range 0.01 .. 0.25
const start = [1.5, -0.5]; // start θ₀ = (a, b): click the landscape to move it
const T = 10;

const loss = objective({
  dim: 2,
  value: ([a, b]) => 0.5 * (a * b - 1) ** 2,
  grad: ([a, b]) => [(a * b - 1) * b, (a * b - 1) * a],
  hvp: ([a, b], [u, v]) => [b * b * u + (2 * a * b - 1) * v, (2 * a * b - 1) * u + a * a * v],
});

const gd = gradientDescent(loss, { x0: start, eta, steps: Math.round(T / eta) });
const flow = gradientFlow(loss, { x0: start, T, samples: 600 });
const modified = gradientFlow(modifiedLoss(loss, eta), { x0: start, T, samples: 600 });

// The sharpness of the valley under a point, the Hessian's largest eigenvalue on the line of minima.
const sharpness = (run: { x: Float64Array[] }) => run.x.map(([a, b]) => a * a + b * b);
const last = (values: number[]) => values[values.length - 1];
// The flow on L keeps a² − b², so it ends where ab = 1 and a² − b² = c: sharpness √(c² + 4).
const c = start[0] ** 2 - start[1] ** 2;
console.log(
  `flow on L ends at sharpness ${last(sharpness(flow)).toFixed(3)} (closed form ${Math.sqrt(c * c + 4).toFixed(3)})`,
);
console.log(
  `flow on L_η ends at ${last(sharpness(modified)).toFixed(3)}, gradient descent at ${last(sharpness(gd)).toFixed(3)}`,
);

export default figure({
  panels: [
    panel({
      title: "Paths to the line of minima ab = 1",
      x: "a",
      y: "b",
      levels: contours(loss, { x: [0, 3], y: [-1.5, 2] }),
      equalAxes: true,
      series: [
        curve("minima, ab = 1", (a) => 1 / a, [0.5, 3], { tone: "gray" }),
        line("flow on L", coordinate(flow, 0), coordinate(flow, 1)),
        line("flow on L_η", coordinate(modified, 0), coordinate(modified, 1), { tone: "orange" }),
        points("gradient descent", coordinate(gd, 0), coordinate(gd, 1), { tone: "black" }),
      ],
    }),
    panel({
      title: "Sharpness a² + b² on the way",
      x: "t",
      y: "a² + b²",
      series: [
        line("flow on L", flow.t, sharpness(flow)),
        line("flow on L_η", modified.t, sharpness(modified), { tone: "orange" }),
        points("gradient descent", gd.t, sharpness(gd), { tone: "black" }),
        line("flattest minima ±(1, 1), 2", [0, T], [2, 2], { tone: "gray" }),
      ],
    }),
  ],
});
