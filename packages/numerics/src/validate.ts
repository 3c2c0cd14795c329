import { resolvedSteps } from "./resolution";

/**
 * Argument checks shared by every method. Each throws a `TypeError` (wrong kind of value) or a
 * `RangeError` (right kind, wrong value) whose message names the argument and the value received,
 * so a student reading the message in the live-code console knows what to change.
 */

/** The most steps any method will take in one call: beyond it a browser tab would stall. */
export const MAX_STEPS = 10_000_000;

/** A short, readable rendering of a received value for error messages. */
export function describe(value: unknown): string {
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const items = Array.from(value as ArrayLike<unknown>)
      .slice(0, 6)
      .map(describe);
    const more = (value as ArrayLike<unknown>).length > 6 ? ", …" : "";
    return `[${items.join(", ")}${more}] (length ${(value as ArrayLike<unknown>).length})`;
  }
  if (typeof value === "function") return "a function";
  return typeof value;
}

/** A finite number; `positive` also demands `> 0`. */
export function checkNumber(name: string, value: unknown, options: { positive?: boolean } = {}): number {
  if (typeof value !== "number") throw new TypeError(`${name} must be a number, received ${describe(value)}`);
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be finite, received ${describe(value)}`);
  if (options.positive && !(value > 0)) throw new RangeError(`${name} must be > 0, received ${describe(value)}`);
  return value;
}

/**
 * A whole number of steps in 0 … MAX_STEPS; returns the steps the method takes: all of them, or
 * fewer for a coarse first result (see resolution.ts).
 */
export function checkSteps(name: string, value: unknown): number {
  if (typeof value !== "number") throw new TypeError(`${name} must be a whole number, received ${describe(value)}`);
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number ≥ 0, received ${describe(value)}`);
  }
  if (value > MAX_STEPS) throw new RangeError(`${name} must be at most ${MAX_STEPS}, received ${describe(value)}`);
  return resolvedSteps(value);
}

/** A positive whole number (a batch size, a sampling stride). */
export function checkCount(name: string, value: unknown, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== "number") throw new TypeError(`${name} must be a whole number, received ${describe(value)}`);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new RangeError(`${name} must be a whole number in 1 … ${max}, received ${describe(value)}`);
  }
  return value;
}

/**
 * A point of dimension `dim` with finite coordinates, copied into a fresh `Float64Array`.
 * A bare number is accepted for a point of dimension 1.
 */
export function checkPoint(name: string, value: unknown, dim: number): Float64Array {
  if (typeof value === "number" && dim === 1) value = [value];
  if (!Array.isArray(value) && !(ArrayBuffer.isView(value) && !(value instanceof DataView))) {
    throw new TypeError(`${name} must be an array of ${dim} number(s), received ${describe(value)}`);
  }
  const list = value as ArrayLike<unknown>;
  if (list.length !== dim) {
    throw new RangeError(`${name} must have ${dim} coordinate(s), received ${describe(value)}`);
  }
  const out = new Float64Array(dim);
  for (let i = 0; i < dim; i++) {
    const v = list[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new RangeError(`${name}[${i}] must be a finite number, received ${describe(v)} in ${describe(value)}`);
    }
    out[i] = v;
  }
  return out;
}

/** A function argument. */
export function checkFunction(name: string, value: unknown): void {
  if (typeof value !== "function") throw new TypeError(`${name} must be a function, received ${describe(value)}`);
}

/** An options object (so `gradientDescent(loss)` says what is missing rather than crashing). */
export function checkOptions(name: string, value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null) {
    throw new TypeError(`${name} must be an options object, received ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}
