// The right answer of Exercise 5.1, from a closed form (read by the book's tests only, never shipped).
// The flow keeps a² − b₁² − b₂² = 0, so at its end ab₁ = 1, ab₂ = 5 and a⁴ = 26 (5.3); 2/0.3 is above
// the sharpness there, so gradient descent follows the flow. The sharpness is the larger eigenvalue of
// JJᵀ = [[a² + b₁², √ε b₁b₂], [√ε b₁b₂, ε(a² + b₂²)]] (5.2).
const epsilon = 0.002;
const a2 = Math.sqrt(26);
const [b1b1, b2b2] = [1 / a2, 25 / a2];
const [p, q, r] = [a2 + b1b1, Math.sqrt(epsilon * b1b1 * b2b2), epsilon * (a2 + b2b2)];
export default (p + r) / 2 + Math.hypot((p - r) / 2, q);
