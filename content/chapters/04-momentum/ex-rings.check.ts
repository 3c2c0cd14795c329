// The check of Exercise 4.2: the committed answer against the roots of r² − (1 + β − ηλ)r + β (4.7),
// with the run's sign changes quoted.
const CHOICES = [
  "creeps to 0 without ever crossing it",
  "crosses 0 again and again, each swing smaller than the last",
  "swings about 0 for ever, every swing the same size",
  "runs off to infinity",
];

export default function check({
  eta,
  beta,
  iterates,
  answer,
}: {
  eta?: unknown;
  beta?: unknown;
  iterates?: unknown;
  answer?: string;
}) {
  if (answer === undefined) return { solved: false, message: "Commit to one of the four answers first, then run." };
  if (eta !== 0.1 || beta !== 0.81)
    return { solved: false, message: "The question is about η = 0.1 and β = 0.81: put them back to compare." };
  const s = 1 + 0.81 - 0.1; // 1 + β − ηλ
  const gap = 4 * 0.81 - s * s; // 4β − (1 + β − ηλ)²
  const roots =
    `Here 1 + β − ηλ = ${s.toFixed(2)} and 4β − (1 + β − ηλ)² = ${gap.toFixed(4)} > 0: ` +
    "the roots are complex, both of modulus √β = 0.9.";
  const xs = Array.isArray(iterates) ? (iterates as number[]) : [];
  let crossings = 0;
  for (let k = 1; k < xs.length; k++) if (Math.sign(xs[k]!) !== Math.sign(xs[k - 1]!)) crossings++;
  const run = xs.length ? ` The run crosses 0 ${crossings} times in ${xs.length - 1} steps.` : "";
  if (Number(answer) === 1)
    return {
      solved: true,
      message: `Right: it rings. ${roots} Complex roots turn θ round and round; modulus 0.9 shrinks each turn.${run}`,
    };
  const chosen = CHOICES[Number(answer)] ?? "no answer";
  const why =
    Number(answer) === 0
      ? "That needs two real roots, (1 + β − ηλ)² ≥ 4β: less momentum."
      : Number(answer) === 2
        ? "That needs roots of modulus exactly 1, that is β = 1: no friction at all."
        : "That needs a root of modulus above 1; here ηλ = 0.1 is far inside 0 < ηλ < 2(1 + β).";
  return { solved: false, message: `You predicted that it ${chosen}. ${why} ${roots}${run}`, hint: 1 };
}
