// The check of Exercise 5.1: the predicted sharpness against the closed form of where the flow ends,
// (5.3): the flow keeps a² = b₁² + b₂², so ab₁ = 1 and ab₂ = 5 give a⁴ = 26, and the sharpness is the
// larger eigenvalue of JJᵀ = [[a² + b₁², √ε b₁b₂], [√ε b₁b₂, ε(a² + b₂²)]].
export default function check({ eta, settled, answer }: { eta?: unknown; settled?: unknown; answer?: string }) {
  if (answer === undefined) return { solved: false, message: "Commit to a number first, then run." };
  const guess = Number(answer);
  if (!Number.isFinite(guess)) return { solved: false, message: `"${answer}" is not a number.` };
  if (eta !== 0.3) return { solved: false, message: "The question is about η = 0.3: put it back to compare." };
  const epsilon = 0.002;
  const a2 = Math.sqrt(26);
  const [b1b1, b2b2] = [1 / a2, 25 / a2];
  const [p, q, r] = [a2 + b1b1, Math.sqrt(epsilon) * Math.sqrt(b1b1 * b2b2), epsilon * (a2 + b2b2)];
  const exact = (p + r) / 2 + Math.hypot((p - r) / 2, q);
  const ran = typeof settled === "number" ? ` The run ends at ${settled.toFixed(3)}.` : "";
  if (Math.abs(guess - exact) <= 0.03 * exact)
    return {
      solved: true,
      message:
        `Right: 2/η = 6.67 is never reached, so gradient descent follows the flow to its end, a⁴ = 26, ` +
        `sharpness ≈ a² + 1/a² = ${exact.toFixed(3)}.${ran}`,
    };
  if (Math.abs(guess - 2 / 0.3) <= 0.05 * (2 / 0.3))
    return {
      solved: false,
      message: `${guess} is 2/η. The sharpness only stops at 2/η if it gets there; where would the flow end?${ran}`,
      hint: 1,
    };
  if (Math.abs(guess - 2) <= 0.1)
    return {
      solved: false,
      message: `2 is the flattest minimum, a = 1; nothing pushes the run there when the edge is out of reach.${ran}`,
      hint: 1,
    };
  return {
    solved: false,
    message:
      `Not ${guess}. Does the sharpness ever reach 2/η = 6.67 here? ` +
      `If not, the run ends where the flow ends.${ran}`,
    hint: 2,
  };
}
