// The check of Exercise 3.6: each measured floor against the closed form for SGD on this loss,
// L(θ) − L(θ⋆) ≈ ησ² / (2B(2 − η)): the error e = θ − θ⋆ obeys e ← (1 − η)e + η·(batch noise),
// whose variance is σ²/B, and stays at the variance ησ²/(B(2 − η)).
const PAIRS = { base: [0.1, 1], halfStep: [0.05, 1], doubleBatch: [0.1, 2] } as const;

export default function check({ floors, variance }: { floors?: unknown; variance?: unknown }) {
  if (typeof variance !== "number" || !(variance > 0))
    return { solved: false, message: "Export the numbers' variance σ² as variance." };
  if (typeof floors !== "object" || floors === null)
    return { solved: false, message: "Export the three floors as floors = { base, halfStep, doubleBatch }." };
  const measured = floors as Record<string, unknown>;
  const lines: string[] = [];
  let allClose = true;
  for (const [name, [eta, batch]] of Object.entries(PAIRS)) {
    const got = measured[name];
    if (typeof got !== "number" || !Number.isFinite(got))
      return { solved: false, message: `floors.${name} (η = ${eta}, B = ${batch}) must be a number.` };
    const exact = (eta * variance) / (2 * batch * (2 - eta));
    const off = Math.abs(got - exact) / exact;
    if (off > 0.2) allClose = false;
    lines.push(`η = ${eta}, B = ${batch}: ${got.toExponential(2)} (closed form ${exact.toExponential(2)})`);
  }
  const report = lines.join("; ");
  const base = measured.base as number;
  if (!allClose) {
    const high =
      base > (0.1 * variance) / (2 * 1.9)
        ? " Did you average from the start, while the loss was still falling from θ = 10?"
        : "";
    return { solved: false, message: `Not within 20% of ησ²/(2B(2 − η)): ${report}.${high}`, hint: 1 };
  }
  return {
    solved: true,
    message:
      `${report}. Halving η or doubling B halves the floor (up to the factor 2 − η): it depends on η and B ` +
      "through η/B.",
  };
}
