// The check of Exercise 2.4: the predicted sharpness against the closed form √(c² + 4), c = a₀² − b₀²,
// and against where the run ended.
export default function check({ start, sharpness, answer }: { start?: unknown; sharpness?: unknown; answer?: string }) {
  if (answer === undefined) return { solved: false, message: "Commit to a number first, then run." };
  const guess = Number(answer);
  if (!Number.isFinite(guess)) return { solved: false, message: `"${answer}" is not a number.` };
  if (!Array.isArray(start) || start[0] !== 1 || start[1] !== -2)
    return { solved: false, message: "The question is about the start (1, −2): put it back to compare." };
  const c = 1 - 4;
  const exact = Math.sqrt(c * c + 4);
  const ran = typeof sharpness === "number" ? ` The run ends at ${sharpness.toFixed(3)}.` : "";
  if (Math.abs(guess - exact) <= 0.05)
    return { solved: true, message: `Right: a² − b² stays −3, so a² + b² ends at √((−3)² + 4) = √13 ≈ 3.606.${ran}` };
  if (Math.abs(guess - 5) <= 0.05)
    return { solved: false, message: `${guess} is a² + b² at the start; the flow moves.${ran}`, hint: 1 };
  if (Math.abs(guess - 2) <= 0.05)
    return {
      solved: false,
      message: `2 is the flattest minimum, (1, 1); the flow on L does not seek it.${ran}`,
      hint: 1,
    };
  return { solved: false, message: `Not ${guess}.${ran}`, hint: 1 };
}
