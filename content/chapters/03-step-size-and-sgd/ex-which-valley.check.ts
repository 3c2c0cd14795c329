// The check of Exercise 3.1: the committed answer against the stability limits of the two valleys,
// η < 2/L″ at each bottom, and the run's last iterates.
const CHOICES = [
  "at the bottom of the deep valley, w ≈ −1.48",
  "at the bottom of the shallow valley, w ≈ 1.33",
  "bouncing between two points of the deep valley",
  "off to infinity",
];

export default function check({
  eta,
  start,
  last,
  answer,
}: {
  eta?: unknown;
  start?: unknown;
  last?: unknown;
  answer?: string;
}) {
  if (answer === undefined) return { solved: false, message: "Commit to one of the four answers first, then run." };
  if (eta !== 0.5 || start !== -2.2)
    return { solved: false, message: "The question is about η = 0.5 from w₀ = −2.2: put them back to compare." };
  // L″(w) = 3w² − 2 at the bottoms w ≈ −1.484 and w ≈ 1.332.
  const deep = 3 * 1.484 ** 2 - 2;
  const shallow = 3 * 1.332 ** 2 - 2;
  const limits =
    `The deep valley holds steps below 2/L″ = 2/${deep.toFixed(2)} ≈ ${(2 / deep).toFixed(2)}, ` +
    `the shallow one below 2/${shallow.toFixed(2)} ≈ ${(2 / shallow).toFixed(2)}.`;
  const ends = Array.isArray(last) ? ` The run ends at ${(last as number[]).map((w) => w.toFixed(3)).join(", ")}.` : "";
  if (Number(answer) === 1) return { solved: true, message: `Right. ${limits}${ends}` };
  const chosen = CHOICES[Number(answer)] ?? "nowhere";
  return { solved: false, message: `You predicted: ${chosen}. ${limits}${ends}`, hint: 1 };
}
