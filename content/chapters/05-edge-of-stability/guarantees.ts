// What the guarantees promise, measured. Gradient descent with η = 1/M on a convex loss whose
// curvature is at most M: left, L(θ) = Σᵢ cᵢ(√(1 + θᵢ²) − 1), convex but not strongly convex, against
// ‖θ₀ − θ⋆‖²/(2ηk); right, the same plus (μ/2)‖θ‖², against (1 − ημ)ᵏ(L(θ₀) − L⋆).
import { figure, gradientDescent, line, objective, panel } from "@descent/numerics";

const mu = 0.01; // strong convexity μ, range 0.001 .. 0.05
const steps = 1000;
const dim = 20;
const theta0 = 3; // every coordinate of the start θ₀; the minimum is θ⋆ = 0, where L⋆ = 0
// The weights cᵢ, spread evenly on a log scale from 10⁻³ to 1: flat and steep directions alike.
const c = Array.from({ length: dim }, (_, i) => 10 ** (-3 + (3 * i) / (dim - 1)));

// Each term cᵢ(√(1 + θᵢ²) − 1) curves by cᵢ(1 + θᵢ²)^{−3/2} ≤ cᵢ ≤ 1, and by less far from 0. It is
// written as cᵢθᵢ²/(√(1 + θᵢ²) + 1), the same number without the cancellation near θᵢ = 0.
const lossWith = (m: number) =>
  objective({
    dim,
    value: (x) => x.reduce((s, xi, i) => s + (c[i] * xi * xi) / (Math.sqrt(1 + xi * xi) + 1) + (m / 2) * xi * xi, 0),
    grad: (x, out) => {
      x.forEach((xi, i) => (out[i] = (c[i] * xi) / Math.sqrt(1 + xi * xi) + m * xi));
      return out;
    },
  });

const k = Array.from({ length: steps }, (_, i) => i + 1); // from k = 1: the bound ‖θ₀‖²/(2ηk) starts there
const distance2 = dim * theta0 * theta0; // ‖θ₀ − θ⋆‖²
const convex = gradientDescent(lossWith(0), { x0: Array(dim).fill(theta0), eta: 1, steps }); // M = 1
const etaStrong = 1 / (1 + mu); // M = 1 + μ
const strong = gradientDescent(lossWith(mu), { x0: Array(dim).fill(theta0), eta: etaStrong, steps });

export default figure({
  panels: [
    panel({
      title: "Convex: L(θ_k) − L⋆ against the bound",
      x: { label: "step k", log: true },
      y: { label: "L(θ_k) − L⋆", log: true },
      series: [
        line("gradient descent, η = 1/M", k, convex.loss.subarray(1)),
        line(
          "‖θ₀ − θ⋆‖²/(2ηk)",
          k,
          k.map((j) => distance2 / (2 * j)),
          { tone: "gray", dashed: true },
        ),
      ],
    }),
    panel({
      title: `μ = ${mu}: L(θ_k) − L⋆ against the bounds`,
      x: "step k",
      y: { label: "L(θ_k) − L⋆", log: true },
      series: [
        line("gradient descent, η = 1/M", k, strong.loss.subarray(1), { tone: "orange" }),
        line(
          "(1 − ημ)ᵏ(L(θ₀) − L⋆)",
          k,
          k.map((j) => (1 - etaStrong * mu) ** j * strong.loss[0]),
          { tone: "gray", dashed: true },
        ),
        line(
          "‖θ₀ − θ⋆‖²/(2ηk)",
          k,
          k.map((j) => distance2 / (2 * etaStrong * j)),
          { tone: "black", dashed: true },
        ),
      ],
    }),
  ],
});
