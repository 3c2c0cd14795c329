// The right answer of Exercise 3.2, from a closed form (read by the book's tests only, never shipped).
// θ_k = 0.8^k: the first k with 0.8^k < 10⁻⁶ (3.7).
export default Math.ceil(Math.log(1e-6) / Math.log(0.8));
