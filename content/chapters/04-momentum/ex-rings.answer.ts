// The right answer of Exercise 4.2, from a closed form (read by the book's tests only, never shipped).
// The roots of r² − (1 + β − ηλ)r + β are complex when (1 + β − ηλ)² < 4β; then both have modulus √β.
const [eta, beta, lambda] = [0.1, 0.81, 1];
const s = 1 + beta - eta * lambda;
const modulus = Math.sqrt(beta);
export default s * s >= 4 * beta ? 0 : modulus < 1 ? 1 : modulus === 1 ? 2 : 3; // the choice's index
