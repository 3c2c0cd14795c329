/**
 * The anchors the site gives to what the book numbers, in one place: the pages write them as ids,
 * cross-references link to them, the tests look them up. "2.7" is written "2-7" (a dot in an id would
 * need escaping in every CSS selector).
 */
const dashed = (number: string) => number.trim().replace(/\./g, "-");

export const anchors = {
  /** Equation (2.7): `eq-2-7`. */
  equation: (number: string) => `eq-${dashed(number)}`,
  /** The live block `ch2-gd-vs-flow` (a figure): `figure-ch2-gd-vs-flow`. */
  figure: (blockId: string) => `figure-${blockId}`,
  /** Exercise 2.3: `exercise-2-3`. */
  exercise: (number: string) => `exercise-${dashed(number)}`,
  /** The code of the exercise `ch2-sharpness` (its live block): `block-ch2-sharpness`. */
  exerciseBlock: (exerciseId: string) => `block-${exerciseId}`,
};
