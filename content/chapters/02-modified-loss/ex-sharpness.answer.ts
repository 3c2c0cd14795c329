// The right answer of Exercise 2.4, from a closed form (read by the book's tests only, never shipped).
// The flow on ½(ab − 1)² keeps c = a² − b² = 1 − 4 and ends at the sharpness √(c² + 4) (2.28).
export default Math.sqrt((1 - 4) ** 2 + 4);
