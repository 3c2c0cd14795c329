// The check of Exercise 3.3: the exported step against the closed form. Each coordinate is
// multiplied by 1 − ηλᵢ per step (λ = 1 and 10), so the run converges exactly when η < 2/10.
export default function check({ eta }: { eta?: unknown }) {
  if (typeof eta !== "number" || !Number.isFinite(eta))
    return { solved: false, message: "Export the step size as eta (a number)." };
  if (eta <= 0) return { solved: false, message: `η = ${eta} does not step downhill: take η > 0.` };
  const steep = 1 - 10 * eta;
  if (eta > 0.2)
    return {
      solved: false,
      message:
        `η = ${eta} diverges: along θ₂, whose curvature is 10, ` +
        `each step multiplies by 1 − 10η = ${steep.toFixed(3)}, ` +
        "beyond −1. The largest eigenvalue is 10, so η must stay below 0.2.",
      hint: 2,
    };
  if (eta === 0.2)
    return {
      solved: false,
      message: "η = 0.2 is the edge: 1 − 10η = −1, so θ₂ swings between +1 and −1 for ever. Just below converges.",
      hint: 2,
    };
  if (eta < 0.19)
    return {
      solved: false,
      message:
        `η = ${eta} converges (the factors are ${(1 - eta).toFixed(3)} and ${steep.toFixed(3)}), ` +
        "but a larger step still does.",
      hint: 1,
    };
  return {
    solved: true,
    message:
      `η = ${eta} converges and 0.2 does not: along θ₂ each step multiplies by 1 − 10η = ${steep.toFixed(3)}, ` +
      "inside (−1, 1) exactly when η < 2/λmax = 2/10. The flat direction, curvature 1, would allow η up to 2.",
  };
}
