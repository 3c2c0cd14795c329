// The right answer of Exercise 5.1, from a closed form (read by the book's tests only, never shipped).
// The flow keeps a² − w₁² − w₂² = 0, so at its end aw₁ = 1, aw₂ = 5 and a⁴ = 26 (5.3); 2/0.3 is above
// the sharpness there, so gradient descent follows the flow. The sharpness is the larger eigenvalue of
// JJᵀ = [[a² + w₁², √ε w₁w₂], [√ε w₁w₂, ε(a² + w₂²)]] (5.2).
const epsilon = 0.002;
const a2 = Math.sqrt(26);
const [w1w1, w2w2] = [1 / a2, 25 / a2];
const [p, q, r] = [a2 + w1w1, Math.sqrt(epsilon * w1w1 * w2w2), epsilon * (a2 + w2w2)];
export default (p + r) / 2 + Math.hypot((p - r) / 2, q);
