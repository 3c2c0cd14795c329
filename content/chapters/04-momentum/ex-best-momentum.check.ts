// The check of Exercise 4.3: the pair (η, β) against the closed form of the heavy ball's rate, the
// largest spectral radius of its iteration matrices at the ends of [1, 100], and Polyak's best rate
// (√κ − 1)/(√κ + 1) = 9/11.
import { heavyBallSpectralRadius } from "@descent/numerics";

export default function check({ eta, beta }: { eta?: unknown; beta?: unknown }) {
  if (typeof eta !== "number" || !Number.isFinite(eta) || eta <= 0)
    return { solved: false, message: "Export a positive step size as eta." };
  if (typeof beta !== "number" || !Number.isFinite(beta))
    return { solved: false, message: "Export the momentum as beta (a number)." };
  const [slow, steep] = [heavyBallSpectralRadius(eta, beta, 1), heavyBallSpectralRadius(eta, beta, 100)];
  const rate = Math.max(slow, steep);
  const best = 9 / 11;
  const pair =
    `With η = ${eta.toFixed(4)} and β = ${beta.toFixed(4)} the radius is ` +
    `${slow.toFixed(4)} at λ = 1 and ${steep.toFixed(4)} at λ = 100`;
  if (rate <= best + 0.01)
    return {
      solved: true,
      message:
        `${pair}: the rate is ${rate.toFixed(4)}, within a hundredth of Polyak's (√κ − 1)/(√κ + 1) = 9/11 ≈ 0.8182. ` +
        "Gradient descent's best is 99/101 ≈ 0.9802: the heavy ball needs about a tenth of its steps.",
    };
  if (rate >= 1)
    return {
      solved: false,
      message:
        `${pair}: a radius of ${rate.toFixed(3)} ≥ 1, so the run does not settle. ` + "ηλmax must stay below 2(1 + β).",
      hint: 1,
    };
  if (Math.abs(beta - 99 / 101) < 0.005)
    return {
      solved: false,
      message: `${pair}. β = 99/101 is gradient descent's rate (κ − 1)/(κ + 1), not a momentum.`,
      hint: 2,
    };
  if (Math.abs(beta - best) < 0.005)
    return {
      solved: false,
      message:
        `${pair}. β = 9/11 is the rate you are after; ` +
        "the momentum is its square, since complex roots have modulus √β.",
      hint: 2,
    };
  if (Math.abs(eta - 2 / 101) < 0.0005 && Math.abs(beta - best * best) > 0.005)
    return {
      solved: false,
      message:
        `${pair}: rate ${rate.toFixed(4)}. η = 2/101 is the best step without momentum; ` +
        "with momentum the best step changes too.",
      hint: 2,
    };
  const which =
    slow > steep
      ? "The flat end, λ = 1, is the slow one: its roots are real. " +
        "More momentum, or a larger step, brings them together."
      : "The steep end, λ = 100, is the slow one: " +
        "a smaller step, or more momentum, brings it into the band of complex roots.";
  return { solved: false, message: `${pair}: rate ${rate.toFixed(4)}, not yet 9/11 ≈ 0.8182. ${which}`, hint: 1 };
}
