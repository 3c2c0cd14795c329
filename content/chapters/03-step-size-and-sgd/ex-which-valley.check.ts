// The check of Exercise 3.1: the committed answer against what the map Φ(θ) = θ − ηL′(θ) does near the
// deep valley's bottom, with L′(θ) = θ³ − 2θ + 0.3 and η = 0.5. The bottom θ* ≈ −1.484 repels, since
// |Φ′(θ*)| = |1 − ηL″(θ*)| ≈ 1.30 > 1; the 2-cycle p, q (Φ(p) = q, Φ(q) = p) attracts: p² + pq + q² = 6 and
// s = p + q solves s³ − 8s − 0.3 = 0. The run's own last iterates are quoted beside it.
const CHOICES = [
  "at the bottom of the deep valley, θ ≈ −1.48",
  "at the bottom of the shallow valley, θ ≈ 1.33",
  "bouncing between two points of the deep valley",
  "off to infinity",
];
const RIGHT = 2;

/** The 2-cycle of the deep valley: the root s ≈ −2.81 of s³ − 8s − 0.3 (cosine formula), then p and q. */
function deepCycle(): [number, number] {
  const [P, Q] = [-8, -0.3];
  const phi = Math.acos(((3 * Q) / (2 * P)) * Math.sqrt(-3 / P)) / 3;
  const s = 2 * Math.sqrt(-P / 3) * Math.cos(phi - (4 * Math.PI) / 3); // the smallest of the three roots
  const d = Math.sqrt(4 * 6 - 3 * s * s); // p − q, from pq = s² − 6
  return [(s - d) / 2, (s + d) / 2];
}

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
  if (eta !== 0.5 || start !== -1.6)
    return { solved: false, message: "The question is about η = 0.5 from θ₀ = −1.6: put them back to compare." };
  const [p, q] = deepCycle();
  const show = (x: number) => x.toFixed(2).replace("-", "−");
  const cycle = `the 2-cycle of θ ↦ θ − ηL′(θ) there, θ ≈ ${show(p)} and θ ≈ ${show(q)}`;
  const ends = Array.isArray(last) ? ` The run ends at ${(last as number[]).map((t) => t.toFixed(3)).join(", ")}.` : "";
  const limit = "At the deep bottom L″ ≈ 4.61, so it holds an iterate at rest only for η < 2/4.61 ≈ 0.43";
  if (Number(answer) === RIGHT)
    return {
      solved: true,
      message:
        `Right. ${limit}: with η = 0.5 the bottom repels, but the iterates stay in the valley and settle into ` +
        `${cycle}, which attracts.${ends}`,
    };
  const chosen = CHOICES[Number(answer)] ?? "nowhere";
  const why =
    Number(answer) === 0
      ? `${limit}; with η = 0.5 a step multiplies a small distance from it by 1 − 0.5·4.61 ≈ −1.30.`
      : Number(answer) === 1
        ? `${limit}, but that says only where an iterate cannot rest, not that it leaves: from −1.6 the ` +
          "gradient is small (L′ ≈ −0.60) and no step reaches the ridge at 0.15."
        : "The steps stay short here: a point past the limit can be circled rather than fled.";
  return { solved: false, message: `You predicted: ${chosen}. ${why} It settles into ${cycle}.${ends}`, hint: 1 };
}
