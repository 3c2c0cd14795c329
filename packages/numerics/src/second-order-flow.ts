import { dormandPrince } from "./dormand-prince";
import { sampleTimes, type GradientFlowOptions } from "./gradient-flow";
import { checkObjective } from "./objective";
import { TrajectoryBuilder, type RunOnLoss } from "./trajectory";
import type { Objective } from "./types";
import { checkNumber, checkOptions, checkPoint } from "./validate";

/** The options of `heavyBallFlow`: a start, the damping γ, and an end time T or the sample times. */
export type HeavyBallFlowOptions = GradientFlowOptions & {
  /** The damping γ ≥ 0 (the friction per unit of velocity). */
  gamma: number;
};

/**
 * The flow of a heavy ball with friction, started at rest:
 *
 *   θ̈ + γθ̇ + ∇L(θ) = 0,   θ(0) = x₀,   θ̇(0) = 0.
 *
 * Stepping it with central differences, (θ_{k+1} − 2θ_k + θ_{k−1})/h² + γ(θ_k − θ_{k−1})/h + ∇L(θ_k) = 0,
 * gives Polyak's heavy ball with η = h² and β = 1 − γh (`heavyBall`); its energy ½‖θ̇‖² + L(θ) falls at
 * the rate γ‖θ̇‖². For a large γ the acceleration matters little and it creeps along the gradient flow
 * slowed down γ times, θ̇ ≈ −∇L(θ)/γ. Integrated by Dormand–Prince 5(4) on the state (θ, θ̇); the
 * trajectory stores θ.
 *
 * @example heavyBallFlow(quadratic(1), { x0: 1, gamma: 2, T: 1, samples: 1 }).states[1]
 *   // 0.7357… (= 2/e: critical damping, θ(t) = (1 + t)e^{−t})
 */
export function heavyBallFlow(loss: Objective, options: HeavyBallFlowOptions): RunOnLoss {
  const o = checkOptions("heavyBallFlow options", options);
  const gamma = checkNumber("gamma", o.gamma);
  if (gamma < 0) throw new RangeError(`gamma must be ≥ 0, received ${gamma}`);
  return secondOrderFlow(loss, o, "heavyBallFlow", () => gamma);
}

/**
 * The flow that Nesterov's method follows as η → 0 (Su, Boyd and Candès 2016), started at rest:
 *
 *   θ̈ + (3/t)θ̇ + ∇L(θ) = 0,   θ(0) = x₀,   θ̇(0) = 0,
 *
 * with the k-th iterate at t = k√η. Its friction 3/t fades as time goes on. For a convex L,
 * E(t) = t²(L(θ) − L⋆) + 2‖θ + (t/2)θ̇ − θ⋆‖² never increases, so L(θ(t)) − L⋆ ≤ 2‖x₀ − θ⋆‖²/t².
 * At t = 0 the friction term has the limit 3θ̈(0), so θ̈(0) = −∇L(x₀)/4. Integrated by Dormand–Prince 5(4).
 *
 * @example nesterovFlow(quadratic(1), { x0: 1, T: 2, samples: 1 }).states[1] // 0.5767… (= 2J₁(2)/2, a Bessel function)
 */
export function nesterovFlow(loss: Objective, options: GradientFlowOptions): RunOnLoss {
  const o = checkOptions("nesterovFlow options", options);
  return secondOrderFlow(loss, o, "nesterovFlow", (t) => 3 / t, 1 + 3);
}

/**
 * θ̈ = −γ(t)θ̇ − ∇L(θ) from rest, as the first-order system (θ, v)′ = (v, −γ(t)v − ∇L(θ)). When γ(t)
 * is c/t, `atStart` = 1 + c gives the acceleration at t = 0, −∇L(x₀)/(1 + c).
 */
function secondOrderFlow(
  loss: Objective,
  o: Record<string, unknown>,
  method: string,
  damping: (t: number) => number,
  atStart?: number,
): RunOnLoss {
  const f = checkObjective("loss", loss);
  const dim = f.dim;
  const x0 = checkPoint("x0", o.x0, dim);
  const times = sampleTimes(o, method);
  const rtol = checkNumber("rtol", o.rtol ?? 1e-11, { positive: true });
  const atol = checkNumber("atol", o.atol ?? 1e-13, { positive: true });
  const out = new TrajectoryBuilder(dim, times.length, true);
  const state = new Float64Array(2 * dim);
  state.set(x0);
  const position = new Float64Array(dim);
  const g = new Float64Array(dim);
  const blewUpAt = dormandPrince(
    (t, y, dydt) => {
      for (let i = 0; i < dim; i++) position[i] = y[i]!;
      f.grad(position, g);
      if (t === 0 && atStart !== undefined) {
        for (let i = 0; i < dim; i++) {
          dydt[i] = y[dim + i]!;
          dydt[dim + i] = -g[i]! / atStart;
        }
        return;
      }
      const gamma = damping(t);
      for (let i = 0; i < dim; i++) {
        const v = y[dim + i]!;
        dydt[i] = v;
        dydt[dim + i] = -gamma * v - g[i]!;
      }
    },
    state,
    times,
    (k, y) => {
      for (let i = 0; i < dim; i++) position[i] = y[i]!;
      out.push(times[k]!, position, f.value(position));
    },
    { rtol, atol, maxSteps: 1_000_000 },
  );
  return out.finishRun(blewUpAt);
}
