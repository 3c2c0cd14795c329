// The check of Exercise 4.4: the momentum against the closed form. For one curvature λ the rate is the
// larger modulus of the roots of r² − (1 + β − ηλ)r + β; it is smallest at the critical momentum
// β = (1 − √(ηλ))² = 0.64, where the roots meet at 1 − √(ηλ) = 0.8.
import { heavyBallSpectralRadius } from "@descent/numerics";

export default function check({ beta }: { beta?: unknown }) {
  if (typeof beta !== "number" || !Number.isFinite(beta))
    return { solved: false, message: "Export the momentum as beta (a number)." };
  const [eta, lambda] = [0.04, 1];
  const rate = heavyBallSpectralRadius(eta, beta, lambda);
  const s = 1 + beta - eta * lambda;
  if (rate <= 0.81)
    return {
      solved: true,
      message:
        `β = ${beta}: rate ${rate.toFixed(4)}, ${Math.abs(beta - 0.64) < 1e-9 ? "at" : "near"} the critical ` +
        "momentum (1 − √(ηλ))² = 0.64, where the two " +
        "roots meet at 1 − √(ηλ) = 0.8. Gradient descent (β = 0) shrinks by 1 − ηλ = 0.96 a step.",
    };
  if (beta >= 1) return { solved: false, message: `β = ${beta}: no friction at all; θ never settles.`, hint: 1 };
  if (s * s < 4 * beta)
    return {
      solved: false,
      message:
        `β = ${beta} rings: (1 + β − ηλ)² < 4β, so the roots are complex, of modulus √β = ${rate.toFixed(4)}. ` +
        "Less momentum shrinks √β, until the roots turn real.",
      hint: 1,
    };
  return {
    solved: false,
    message:
      `β = ${beta} creeps: the roots are real and the larger is ${rate.toFixed(4)}. ` +
      "More momentum pulls the two roots together; the rate is best where they meet.",
    hint: 2,
  };
}
