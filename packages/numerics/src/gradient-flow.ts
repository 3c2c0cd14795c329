import { dormandPrince } from "./dormand-prince";
import { resolvedTolerance } from "./resolution";
import { checkObjective } from "./objective";
import { TrajectoryBuilder, type RunOnLoss } from "./trajectory";
import { isQuadratic, type Objective, type Point, type QuadraticObjective } from "./types";
import { checkCount, checkNumber, checkOptions, checkPoint, describe } from "./validate";

interface FlowStart {
  /** The start θ(0) = x₀ (a number for a 1-D objective). */
  x0: Point | number;
  /** Relative tolerance of the integrator (non-quadratic losses); 1e-11 by default. */
  rtol?: number;
  /** Absolute tolerance of the integrator (non-quadratic losses); 1e-13 by default. */
  atol?: number;
}

/** Either an end time with evenly spaced samples, or the exact times to sample. */
export type GradientFlowOptions =
  | (FlowStart & {
      /** The end time T ≥ 0. */
      T: number;
      /** How many equal intervals to sample [0, T] at (`samples + 1` states); 200 by default. */
      samples?: number;
      times?: undefined;
    })
  | (FlowStart & {
      /** Sample exactly these times (ascending, from 0): e.g. the times kη of a GD run. */
      times: ArrayLike<number>;
      T?: undefined;
      samples?: undefined;
    });

/**
 * Gradient flow, the continuous-time limit of gradient descent:
 *
 *   dx/dt = −∇L(x),   x(0) = x₀.
 *
 * On a quadratic L = ½xᵀAx the exact solution x(t) = e^{−At}x₀ = V e^{−Λt} Vᵀx₀ is used. Otherwise
 * the flow is integrated by Dormand–Prince 5(4) with dense output (relative error ~1e-10).
 * Stops early, with `diverged: { step }` (the first sample not reached), if the flow blows up.
 */
export function gradientFlow(loss: Objective, options: GradientFlowOptions): RunOnLoss {
  const f = checkObjective("loss", loss);
  const o = checkOptions("gradientFlow options", options);
  const dim = f.dim;
  const x0 = checkPoint("x0", o.x0, dim);
  const times = sampleTimes(o);
  const out = new TrajectoryBuilder(dim, times.length, true);
  if (isQuadratic(f)) return quadraticFlow(f, x0, times, out);
  const rtol = resolvedTolerance(checkNumber("rtol", o.rtol ?? 1e-11, { positive: true }));
  const atol = resolvedTolerance(checkNumber("atol", o.atol ?? 1e-13, { positive: true }));
  const blewUpAt = dormandPrince(
    (_t, x, dxdt) => {
      f.grad(x, dxdt);
      for (let i = 0; i < dim; i++) dxdt[i] = -dxdt[i]!;
    },
    x0,
    times,
    (k, x) => out.push(times[k]!, x, f.value(x)),
    { rtol, atol, maxSteps: 1_000_000 },
  );
  return out.finishRun(blewUpAt);
}

/** The times a flow is sampled at: `times` as given (checked), or `samples + 1` even steps over [0, T]. */
export function sampleTimes(o: Record<string, unknown>, method = "gradientFlow"): Float64Array {
  if (o.times !== undefined && o.T !== undefined) {
    throw new TypeError(
      `give either T (with samples) or times, not both: received T = ${describe(o.T)} and times = ${describe(o.times)}`,
    );
  }
  if (o.times !== undefined) {
    const raw = o.times as ArrayLike<unknown>;
    if (typeof raw !== "object" || raw === null || typeof raw.length !== "number" || raw.length === 0) {
      throw new TypeError(`times must be a non-empty array of numbers, received ${describe(raw)}`);
    }
    const times = checkPoint("times", raw, raw.length);
    if (times[0] !== 0) throw new RangeError(`times must start at 0, received ${describe(raw)}`);
    for (let k = 1; k < times.length; k++) {
      if (!(times[k]! >= times[k - 1]!))
        throw new RangeError(
          `times must be ascending, received times[${k - 1}] = ${times[k - 1]} then times[${k}] = ${times[k]}`,
        );
    }
    return times;
  }
  if (o.T === undefined)
    throw new TypeError(`${method} needs an end time T (or the sample times, as times), received neither`);
  const T = checkNumber("T", o.T);
  if (T < 0) throw new RangeError(`T must be ≥ 0, received ${T}`);
  const samples = checkCount("samples", o.samples ?? 200, 10_000_000);
  const times = new Float64Array(samples + 1);
  for (let k = 0; k < samples; k++) times[k] = (k * T) / samples;
  times[samples] = T;
  return times;
}

/** x(t) = V e^{−Λt} Vᵀx₀: each eigen-component decays (or grows) at its own rate. */
function quadraticFlow(
  f: QuadraticObjective,
  x0: Float64Array,
  times: Float64Array,
  out: TrajectoryBuilder,
): RunOnLoss {
  const dim = f.dim;
  const x = new Float64Array(dim);
  const diagonal = f.diagonal;
  const values = diagonal ?? f.eigenvalues;
  const vectors = diagonal ? undefined : f.eigenvectors;
  const coefficients = vectors ? Float64Array.from(vectors, (v) => v.reduce((s, vi, i) => s + vi * x0[i]!, 0)) : x0;
  for (let k = 0; k < times.length; k++) {
    const t = times[k]!;
    if (vectors) {
      x.fill(0);
      for (let m = 0; m < dim; m++) {
        const c = Math.exp(-values[m]! * t) * coefficients[m]!;
        const v = vectors[m]!;
        for (let i = 0; i < dim; i++) x[i]! += c * v[i]!;
      }
    } else {
      for (let i = 0; i < dim; i++) x[i] = Math.exp(-values[i]! * t) * x0[i]!;
    }
    const value = f.value(x);
    if (!Number.isFinite(value)) return out.finishRun(k);
    out.push(t, x, value);
  }
  return out.finishRun();
}
