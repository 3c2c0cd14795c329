// The check of Exercise 3.2: the predicted count against the closed form θ_k = (1 − ηλ)^k θ₀ of (1.16),
// which first falls below 10⁻⁶ at k = ⌈ln 10⁻⁶ / ln |1 − ηλ|⌉ = 62 (0.8⁶¹ ≈ 1.2·10⁻⁶ is still above).
// Exactly that k passes: the question asks for the first step.
export default function check({ eta, steps, answer }: { eta?: unknown; steps?: unknown; answer?: string }) {
  if (answer === undefined) return { solved: false, message: "Commit to a number of steps first, then run." };
  const guess = Number(answer);
  if (!Number.isFinite(guess)) return { solved: false, message: `"${answer}" is not a number of steps.` };
  if (eta !== 0.1) return { solved: false, message: "The question is about η = 0.1: put it back to compare." };
  const factor = 1 - 0.1 * 2;
  const exact = Math.ceil(Math.log(1e-6) / Math.log(Math.abs(factor)));
  const ran = typeof steps === "number" ? ` The run agrees: step ${steps}.` : "";
  if (guess === exact)
    return {
      solved: true,
      message: `Right: each step multiplies θ by 1 − ηλ = 0.8, and 0.8^k < 10⁻⁶ from k = ${exact} on.${ran}`,
    };
  const why =
    guess === exact - 1
      ? `Just short: 0.8^${guess} ≈ ${(0.8 ** guess).toExponential(2)} is still above 10⁻⁶.`
      : guess === exact + 1
        ? `One too many: 0.8^${exact} ≈ ${(0.8 ** exact).toExponential(2)} is already below 10⁻⁶.`
        : guess < exact
          ? "Fewer: each step removes only a fifth of θ."
          : "More than needed: 0.8^k falls by a factor of ten about every 10 steps.";
  return { solved: false, message: `Not ${guess}. ${why}${ran}`, hint: 1 };
}
