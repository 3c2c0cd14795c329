// The check of Exercise 1.2: the committed answer against what the linearisation about x = 1 says,
// with the run's own iterates quoted.
const CHOICES = [
  "climb to 1 without ever passing it",
  "overshoot 1, then settle on it, swinging less each step",
  "swing about 1 forever without settling",
  "run off to infinity",
];
const RIGHT = 1;

export default function check({ h, iterates, answer }: { h?: unknown; iterates?: unknown; answer?: string }) {
  if (answer === undefined) return { solved: false, message: "Commit to one of the four answers first, then run." };
  if (h !== 1.5)
    return { solved: false, message: `The question is about h = 1.5, and this run has h = ${String(h)}: put it back.` };
  const xs = Array.isArray(iterates) ? (iterates as number[]) : [];
  const shown = xs
    .slice(0, 7)
    .map((x) => x.toFixed(3))
    .join(", ");
  const run = shown ? ` The run: ${shown}, …` : "";
  const chosen = CHOICES[Number(answer)] ?? "no answer";
  if (Number(answer) === RIGHT) {
    return {
      solved: true,
      message:
        "Right: near x = 1 one step multiplies the distance x − 1 by 1 − h = −0.5, so it changes sign and halves." +
        run,
    };
  }
  const why =
    Number(answer) === 0
      ? "That happens for h ≤ 1, where the factor 1 − h is not negative."
      : Number(answer) === 2
        ? "That happens for steps past h = 2, where the factor 1 − h is beyond −1."
        : "The iterates stay bounded: the step is below 2, the largest that lets them settle.";
  return { solved: false, message: `You predicted that they ${chosen}. ${why}${run}`, hint: 1 };
}
