// The right answer of Exercise 3.1, from a closed form (read by the book's tests only, never shipped).
// η = 0.5 exceeds 2/L″ at the deep valley (L″ = 3w² − 2 at w ≈ −1.484) but not at the shallow one
// (w ≈ 1.332): from A the run ends in the shallow valley.
const holds = (w: number) => 0.5 < 2 / (3 * w * w - 2);
export default !holds(-1.484) && holds(1.332) ? 1 : 0; // the choice's index
