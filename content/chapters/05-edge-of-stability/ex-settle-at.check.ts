// The check of Exercise 5.2: at the edge of stability the sharpness settles at 2/η, so it settles at 3
// for η = 2/3, provided the flow's sharpness (5.30 at its end, (5.3)) climbs past 3, which it does.
export default function check({ eta, settled }: { eta?: unknown; settled?: unknown }) {
  if (typeof eta !== "number" || !Number.isFinite(eta) || eta <= 0)
    return { solved: false, message: "Export a positive step size as eta." };
  if (typeof settled !== "number" || !Number.isFinite(settled))
    return { solved: false, message: "Export where the sharpness settles as settled (a number)." };
  const edge = 2 / eta;
  const measured = `With η = ${eta.toFixed(3)} the sharpness settles at ${settled.toFixed(3)}`;
  if (Math.abs(settled - 3) <= 0.03 * 3 && Math.abs(eta - 2 / 3) <= 0.03 * (2 / 3))
    return {
      solved: true,
      message: `${measured}: 2/η = ${edge.toFixed(3)}. At the edge the sharpness is set by the step, not by the loss.`,
    };
  if (edge > 5.3)
    return {
      solved: false,
      message:
        `${measured}. 2/η = ${edge.toFixed(2)} is above 5.30, where the flow ends: ` +
        "the run never reaches the edge.",
      hint: 1,
    };
  return {
    solved: false,
    message: `${measured}, close to 2/η = ${edge.toFixed(3)}. Which η puts 2/η at 3?`,
    hint: 1,
  };
}
