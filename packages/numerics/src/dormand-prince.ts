/**
 * The Dormand–Prince 5(4) pair with Hairer's continuous extension (dense output of order 4), an
 * adaptive explicit Runge–Kutta method for dx/dt = f(t, x). Step sizes are chosen so the local
 * error estimate stays below atol + rtol·|x| in each coordinate; states between steps come from the
 * dense output, so sample times do not constrain the steps.
 *
 * Coefficients: Dormand & Prince (1980); dense output: Hairer, Nørsett & Wanner, "Solving Ordinary
 * Differential Equations I", §II.6 (routine DOPRI5).
 */

// The Butcher tableau, the error weights and the dense-output weights, row by row as printed in the sources.
// prettier-ignore
const C2 = 1 / 5, C3 = 3 / 10, C4 = 4 / 5, C5 = 8 / 9;
// prettier-ignore
const A21 = 1 / 5;
// prettier-ignore
const A31 = 3 / 40, A32 = 9 / 40;
// prettier-ignore
const A41 = 44 / 45, A42 = -56 / 15, A43 = 32 / 9;
// prettier-ignore
const A51 = 19372 / 6561, A52 = -25360 / 2187, A53 = 64448 / 6561, A54 = -212 / 729;
// prettier-ignore
const A61 = 9017 / 3168, A62 = -355 / 33, A63 = 46732 / 5247, A64 = 49 / 176, A65 = -5103 / 18656;
// prettier-ignore
const A71 = 35 / 384, A73 = 500 / 1113, A74 = 125 / 192, A75 = -2187 / 6784, A76 = 11 / 84;
// prettier-ignore
const E1 = 71 / 57600, E3 = -71 / 16695, E4 = 71 / 1920, E5 = -17253 / 339200, E6 = 22 / 525, E7 = -1 / 40;
// prettier-ignore
const D1 = -12715105075 / 11282082432, D3 = 87487479700 / 32700410799, D4 = -10690763975 / 1880347072;
// prettier-ignore
const D5 = 701980252875 / 199316789632, D6 = -1453857185 / 822651844, D7 = 69997945 / 29380423;

export interface DormandPrinceOptions {
  /** Relative tolerance per step. */
  rtol: number;
  /** Absolute tolerance per step. */
  atol: number;
  /** Most accepted plus rejected steps before giving up. */
  maxSteps: number;
}

/**
 * Integrates dx/dt = f(t, x) from x(times[0]) = x0 and calls `sample(k, x)` with the state at each
 * time in `times` (ascending). Returns the index of the first sample not reached when the solution
 * stopped being finite (it blew up), or `undefined` when every sample was reached.
 */
export function dormandPrince(
  f: (t: number, x: Float64Array, dxdt: Float64Array) => void,
  x0: Float64Array,
  times: Float64Array,
  sample: (k: number, x: Float64Array) => void,
  options: DormandPrinceOptions,
): number | undefined {
  const n = x0.length;
  const { rtol, atol, maxSteps } = options;
  const y = x0.slice();
  const y1 = new Float64Array(n);
  const yt = new Float64Array(n);
  let k1 = new Float64Array(n);
  const k2 = new Float64Array(n),
    k3 = new Float64Array(n),
    k4 = new Float64Array(n);
  const k5 = new Float64Array(n),
    k6 = new Float64Array(n);
  let k7 = new Float64Array(n);
  const r2 = new Float64Array(n),
    r3 = new Float64Array(n),
    r4 = new Float64Array(n),
    r5 = new Float64Array(n);
  const yd = new Float64Array(n);

  let t = times[0]!;
  const tEnd = times[times.length - 1]!;
  let s = 0;
  while (s < times.length && times[s]! <= t) sample(s++, y);
  if (s === times.length) return undefined;

  f(t, y, k1);
  // Initial step (Hairer's heuristic, first part): h = 0.01 ‖x₀‖/‖f(x₀)‖ in the scaled norm.
  let d0 = 0,
    d1 = 0;
  for (let i = 0; i < n; i++) {
    const sc = atol + rtol * Math.abs(y[i]!);
    d0 += (y[i]! / sc) ** 2;
    d1 += (k1[i]! / sc) ** 2;
  }
  let h = d0 < 1e-10 || d1 < 1e-10 ? 1e-6 : 0.01 * Math.sqrt(d0 / d1);
  h = Math.min(h, tEnd - t);

  for (let count = 0; ; count++) {
    if (count >= maxSteps) {
      throw new RangeError(
        `gradient flow needed more than ${maxSteps} steps to reach t = ${tEnd}; ` +
          "the loss may be too stiff, or the flow may blow up",
      );
    }
    const last = t + h >= tEnd;
    if (last) h = tEnd - t;
    if (!(h > Math.abs(t) * 1e-15 + 1e-300)) return s; // the step size collapsed: the solution blows up
    for (let i = 0; i < n; i++) yt[i] = y[i]! + h * A21 * k1[i]!;
    f(t + C2 * h, yt, k2);
    for (let i = 0; i < n; i++) yt[i] = y[i]! + h * (A31 * k1[i]! + A32 * k2[i]!);
    f(t + C3 * h, yt, k3);
    for (let i = 0; i < n; i++) yt[i] = y[i]! + h * (A41 * k1[i]! + A42 * k2[i]! + A43 * k3[i]!);
    f(t + C4 * h, yt, k4);
    for (let i = 0; i < n; i++) yt[i] = y[i]! + h * (A51 * k1[i]! + A52 * k2[i]! + A53 * k3[i]! + A54 * k4[i]!);
    f(t + C5 * h, yt, k5);
    for (let i = 0; i < n; i++) {
      yt[i] = y[i]! + h * (A61 * k1[i]! + A62 * k2[i]! + A63 * k3[i]! + A64 * k4[i]! + A65 * k5[i]!);
    }
    f(t + h, yt, k6);
    for (let i = 0; i < n; i++) {
      y1[i] = y[i]! + h * (A71 * k1[i]! + A73 * k3[i]! + A74 * k4[i]! + A75 * k5[i]! + A76 * k6[i]!);
    }
    f(t + h, y1, k7);
    let err = 0;
    for (let i = 0; i < n; i++) {
      const e = h * (E1 * k1[i]! + E3 * k3[i]! + E4 * k4[i]! + E5 * k5[i]! + E6 * k6[i]! + E7 * k7[i]!);
      const sc = atol + rtol * Math.max(Math.abs(y[i]!), Math.abs(y1[i]!));
      err += (e / sc) ** 2;
    }
    err = Math.sqrt(err / n);
    if (!Number.isFinite(err)) {
      h *= 0.2; // an overflow inside the step: retry smaller (the collapse check above ends a blow-up)
      continue;
    }
    if (err <= 1) {
      const tNext = last ? tEnd : t + h;
      if (s < times.length && times[s]! <= tNext) {
        for (let i = 0; i < n; i++) {
          const dy = y1[i]! - y[i]!;
          const bspl = h * k1[i]! - dy;
          r2[i] = dy;
          r3[i] = bspl;
          r4[i] = dy - h * k7[i]! - bspl;
          r5[i] = h * (D1 * k1[i]! + D3 * k3[i]! + D4 * k4[i]! + D5 * k5[i]! + D6 * k6[i]! + D7 * k7[i]!);
        }
        while (s < times.length && times[s]! <= tNext) {
          const theta = (times[s]! - t) / h;
          const theta1 = 1 - theta;
          for (let i = 0; i < n; i++) {
            yd[i] = y[i]! + theta * (r2[i]! + theta1 * (r3[i]! + theta * (r4[i]! + theta1 * r5[i]!)));
          }
          sample(s++, theta >= 1 ? y1 : yd);
        }
      }
      t = tNext;
      y.set(y1);
      const swap = k1;
      k1 = k7;
      k7 = swap;
      if (s === times.length) return undefined;
      h *= err === 0 ? 5 : Math.min(5, Math.max(0.2, 0.9 * err ** -0.2));
    } else {
      h *= Math.max(0.2, 0.9 * err ** -0.2);
    }
  }
}
