// The check of Exercise 2.3: the measured coefficient against the closed form of Exercise 2.2,
//   θ_GD − θ_flow(η) = −η³ (L′L″²/3 + L′²L‴/12) + O(η⁴),
// for L(θ) = θ⁴/4 + θ²/2 at the exported start θ₀.
export default function check({ coefficient, theta0 }: { coefficient?: unknown; theta0?: unknown }) {
  if (typeof theta0 !== "number" || !Number.isFinite(theta0))
    return { solved: false, message: "Export the start as theta0 (a number)." };
  if (typeof coefficient !== "number" || !Number.isFinite(coefficient))
    return { solved: false, message: "Export the measured coefficient as coefficient (a number).", hint: 1 };
  const d1 = theta0 ** 3 + theta0; // L′
  const d2 = 3 * theta0 ** 2 + 1; // L″
  const d3 = 6 * theta0; // L‴
  const exact = -((d1 * d2 * d2) / 3 + (d1 * d1 * d3) / 12);
  if (exact === 0) return { solved: false, message: "At θ₀ = 0 nothing moves: start somewhere else." };
  const off = Math.abs(coefficient - exact) / Math.abs(exact);
  const shown = `${coefficient.toFixed(3)} against −(L′L″²/3 + L′²L‴/12) = ${exact.toFixed(3)} at θ₀ = ${theta0}`;
  if (off <= 0.02) return { solved: true, message: `You measured C ≈ ${shown}: within ${(off * 100).toFixed(1)}%.` };
  if (Math.sign(coefficient) !== Math.sign(exact))
    return { solved: false, message: `C ≈ ${shown}: the sign is wrong. Subtract the flow from the step.`, hint: 2 };
  if (Math.abs(coefficient) < 0.2 * Math.abs(exact))
    return { solved: false, message: `C ≈ ${shown}: far too small. Divide by η³, not η².`, hint: 2 };
  return {
    solved: false,
    message:
      `C ≈ ${shown}, ${(off * 100).toFixed(0)}% off: at this η the terms of order η⁴ still count. ` +
      "Take smaller steps, or extrapolate.",
    hint: 1,
  };
}
