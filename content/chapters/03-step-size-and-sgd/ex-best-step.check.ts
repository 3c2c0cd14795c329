// The check of Exercise 3.5: the step against the closed form η* = 2/(λmin + λmax) = 2/11, within the
// tolerance the exercise states (0.002), and the measured rate against max(|1 − η|, |1 − 10η|), which is
// (κ − 1)/(κ + 1) = 9/11 at η* exactly. What the student measured is quoted as measured.
const TOLERANCE = 0.002; // as the exercise and its hint say

export default function check({ eta, rate }: { eta?: unknown; rate?: unknown }) {
  if (typeof eta !== "number" || !Number.isFinite(eta) || eta <= 0)
    return { solved: false, message: "Export a positive step size as eta." };
  if (typeof rate !== "number" || !Number.isFinite(rate))
    return { solved: false, message: "Export the measured rate as rate (a number)." };
  const slow = Math.abs(1 - eta);
  const steep = Math.abs(1 - 10 * eta);
  const exactRate = Math.max(slow, steep);
  if (Math.abs(rate - exactRate) > 0.01 * exactRate)
    return {
      solved: false,
      message:
        `With η = ${eta.toFixed(4)} the rate is max(|1 − η|, |1 − 10η|) = ${exactRate.toFixed(4)}; ` +
        `you measured ${rate.toFixed(4)}.`,
    };
  const best = 2 / 11;
  if (Math.abs(eta - best) <= TOLERANCE)
    return {
      solved: true,
      message:
        `η = ${eta.toFixed(4)} is within ${TOLERANCE} of 2/11 ≈ 0.1818, where the two factors balance ` +
        `(here |1 − η| = ${slow.toFixed(3)} and |1 − 10η| = ${steep.toFixed(3)}), and you measured the rate ` +
        `${rate.toFixed(4)}. At 2/11 exactly the rate is (κ − 1)/(κ + 1) = 9/11 ≈ 0.8182, the best any fixed step ` +
        "achieves.",
    };
  const which =
    slow > steep
      ? "the flat direction (1 − η) is the slow one: a larger step helps it"
      : "the steep direction (1 − 10η) is the slow one: a smaller step helps it";
  return {
    solved: false,
    message:
      `With η = ${eta.toFixed(4)} the factors are |1 − η| = ${slow.toFixed(3)} ` +
      `and |1 − 10η| = ${steep.toFixed(3)}, so ${which}.`,
    hint: 1,
  };
}
