// Each method against a hand-written Float64Array loop doing the same arithmetic and storing the
// same trajectory (states, times, losses), with the same overflow check. Prints the ratio of the
// median times. Target: the package within 1.5× of the hand loop. Run with `npm run bench`.
import { it } from "vitest";
import { diagonalQuadratic, euler, gradientDescent, gradientFlow, quadratic } from "../src/index";
import { compare, type Pair } from "./harness";

const pairs: Pair[] = [];
let current = "";
const describe = (name: string, body: () => void) => {
  current = name;
  body();
};
const bench = (label: string, fn: () => void) => {
  if (label === "hand-written loop") pairs.at(-1)!.handWritten = fn;
  else pairs.push({ name: current, ours: fn, handWritten: () => {} });
};

const LONG = 1_000_000; // steps in 1-D
const D = 10_000; // dimension of the diagonal quadratic
const SHORT = 1_000; // steps in d = 10⁴

describe(`gradient descent, 1-D quadratic, ${LONG} steps`, () => {
  const lambda = 1;
  const eta = 1e-6;
  const loss = quadratic(lambda);
  bench("@descent/numerics gradientDescent", () => {
    gradientDescent(loss, { x0: 1, eta, steps: LONG });
  });
  bench("hand-written loop", () => {
    const x = new Float64Array(LONG + 1),
      t = new Float64Array(LONG + 1),
      l = new Float64Array(LONG + 1);
    let xi = 1;
    x[0] = xi;
    l[0] = 0.5 * lambda * xi * xi;
    for (let k = 1; k <= LONG; k++) {
      xi = xi - eta * (lambda * xi);
      if (!Number.isFinite(xi)) break;
      x[k] = xi;
      t[k] = k * eta;
      l[k] = 0.5 * lambda * xi * xi;
    }
  });
});

describe(`Euler, dx/dt = −x, ${LONG} steps`, () => {
  const h = 1e-6;
  const f = (_t: number, x: Float64Array, out: Float64Array) => void (out[0] = -x[0]!);
  bench("@descent/numerics euler", () => {
    euler(f, { x0: 1, h, steps: LONG });
  });
  bench("hand-written loop", () => {
    const x = new Float64Array(LONG + 1),
      t = new Float64Array(LONG + 1);
    let xi = 1;
    x[0] = xi;
    for (let k = 0; k < LONG; k++) {
      xi = xi + h * -xi;
      if (!Number.isFinite(xi)) break;
      x[k + 1] = xi;
      t[k + 1] = (k + 1) * h;
    }
  });
});

describe(`gradient flow, 1-D quadratic, ${LONG} samples`, () => {
  const lambda = 1;
  const loss = quadratic(lambda);
  bench("@descent/numerics gradientFlow", () => {
    gradientFlow(loss, { x0: 1, T: 1, samples: LONG });
  });
  bench("hand-written loop", () => {
    const x = new Float64Array(LONG + 1),
      t = new Float64Array(LONG + 1),
      l = new Float64Array(LONG + 1);
    for (let k = 0; k <= LONG; k++) {
      const tk = k === LONG ? 1 : k / LONG;
      const xi = Math.exp(-lambda * tk) * 1;
      x[k] = xi;
      t[k] = tk;
      l[k] = 0.5 * lambda * xi * xi;
    }
  });
});

const diagonal = Float64Array.from({ length: D }, (_, i) => 1 + (i % 10));
const start = new Float64Array(D).fill(1);

describe(`gradient descent, diagonal quadratic d = ${D}, ${SHORT} steps`, () => {
  const eta = 0.01;
  const loss = diagonalQuadratic(diagonal);
  bench("@descent/numerics gradientDescent", () => {
    gradientDescent(loss, { x0: start, eta, steps: SHORT });
  });
  bench("hand-written loop", () => {
    const states = new Float64Array((SHORT + 1) * D),
      t = new Float64Array(SHORT + 1),
      l = new Float64Array(SHORT + 1);
    const x = start.slice(),
      g = new Float64Array(D);
    const value = () => {
      let s = 0;
      for (let i = 0; i < D; i++) s += diagonal[i]! * x[i]! * x[i]!;
      return 0.5 * s;
    };
    states.set(x, 0);
    l[0] = value();
    for (let k = 1; k <= SHORT; k++) {
      for (let i = 0; i < D; i++) g[i] = diagonal[i]! * x[i]!;
      let bad = 0;
      for (let i = 0; i < D; i++) {
        const xi = x[i]! - eta * g[i]!;
        x[i] = xi;
        bad += xi - xi;
      }
      if (bad !== 0) break;
      states.set(x, k * D);
      t[k] = k * eta;
      l[k] = value();
    }
  });
});

describe(`Euler, dx/dt = −Dx with d = ${D}, ${SHORT} steps`, () => {
  const h = 0.01;
  const f = (_t: number, x: Float64Array, out: Float64Array) => {
    for (let i = 0; i < D; i++) out[i] = -diagonal[i]! * x[i]!;
  };
  bench("@descent/numerics euler", () => {
    euler(f, { x0: start, h, steps: SHORT });
  });
  bench("hand-written loop", () => {
    const states = new Float64Array((SHORT + 1) * D),
      t = new Float64Array(SHORT + 1);
    const x = start.slice(),
      dx = new Float64Array(D);
    states.set(x, 0);
    for (let k = 0; k < SHORT; k++) {
      for (let i = 0; i < D; i++) dx[i] = -diagonal[i]! * x[i]!;
      let bad = 0;
      for (let i = 0; i < D; i++) {
        const xi = x[i]! + h * dx[i]!;
        x[i] = xi;
        bad += xi - xi;
      }
      if (bad !== 0) break;
      states.set(x, (k + 1) * D);
      t[k + 1] = (k + 1) * h;
    }
  });
});

describe(`gradient flow, diagonal quadratic d = ${D}, ${SHORT} samples`, () => {
  const loss = diagonalQuadratic(diagonal);
  bench("@descent/numerics gradientFlow", () => {
    gradientFlow(loss, { x0: start, T: 10, samples: SHORT });
  });
  bench("hand-written loop", () => {
    const states = new Float64Array((SHORT + 1) * D),
      t = new Float64Array(SHORT + 1),
      l = new Float64Array(SHORT + 1);
    const x = new Float64Array(D);
    for (let k = 0; k <= SHORT; k++) {
      const tk = k === SHORT ? 10 : (k * 10) / SHORT;
      let s = 0;
      for (let i = 0; i < D; i++) {
        x[i] = Math.exp(-diagonal[i]! * tk) * start[i]!;
        s += diagonal[i]! * x[i]! * x[i]!;
      }
      states.set(x, k * D);
      t[k] = tk;
      l[k] = 0.5 * s;
    }
  });
});

it("times the numerics against hand-written loops", () => {
  compare(pairs);
}, 600_000);
