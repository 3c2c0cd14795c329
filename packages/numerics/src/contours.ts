import { contours as marchingSquares } from "d3-contour";
import { resolvedGrid } from "./resolution";
import type { Objective } from "./types";
import { checkCount, checkOptions, describe } from "./validate";

/**
 * The level sets of a loss of two variables, L(x, y) = c for a few values c, as figure data: what a
 * panel draws under its series (`panel({ …, levels })`), the loss seen from above.
 */
export interface LevelSets {
  type: "levels";
  /** What the levels are of, for legends and text alternatives ("L", "L_η"). */
  label: string;
  /** The values c, ascending. */
  levels: number[];
  /** The level curves: one polyline per piece of a curve (a curve the frame cuts comes in pieces). */
  lines: { level: number; x: number[]; y: number[] }[];
  /** The sampled rectangle. */
  domain: { x: [number, number]; y: [number, number] };
  /** When shaded: the regions L ≥ c, as closed rings, to be filled lightly one over the other. */
  regions?: { level: number; x: number[]; y: number[] }[];
}

export interface ContourOptions {
  /** The x range sampled. */
  x: [number, number];
  /** The y range sampled. */
  y: [number, number];
  /** Samples across and down (100 by default; 10 … 400). One number for both. */
  grid?: number | [number, number];
  /** The values c: an array, or how many (12 by default), spaced as described at `levelsFor`. */
  levels?: number[] | number;
  /** Fill the regions between levels lightly, darker where the loss is higher. */
  shade?: boolean;
  /** The loss's name in legends and text alternatives; "L" by default. */
  label?: string;
}

/** The loss as a function of two numbers: an objective of dimension 2, or a plain function. */
export type TwoVariableLoss = Objective | ((x: number, y: number) => number);

/**
 * Level values spaced for a loss surface, whose values span decades: logarithmically in the height
 * above the sampled minimum, from 1/1000 of the span up to the 95th percentile of the samples, so
 * both a valley's floor and its walls show (evenly spaced levels bunch up on the walls).
 *
 *   c_k = m + (q − m)·10^(−3 + 3k/(n−1)),   k = 0 … n−1,   m = min, q = 95th percentile.
 *
 * @example levelsFor(Float64Array.of(0, 1, 4, 9, 16), 3) // [0.009, 0.2846…, 9] (m = 0, q = 9, the 4th of 5)
 */
export function levelsFor(values: ArrayLike<number>, count: number): number[] {
  // The finite samples in order (a typed array sorts numerically, several times faster than an array).
  const finite = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) finite[n++] = values[i]!;
  finite.subarray(0, n).sort();
  if (n === 0) return [];
  const min = finite[0]!;
  const q = finite[Math.min(n - 1, Math.floor(0.95 * (n - 1)))]!;
  const span = q - min;
  if (!(span > 0)) return [min];
  return Array.from({ length: count }, (_, k) => min + span * 10 ** (-3 + (3 * k) / Math.max(1, count - 1)));
}

function valueOf(loss: TwoVariableLoss): (x: number, y: number) => number {
  if (typeof loss === "function") return loss;
  if (typeof loss !== "object" || loss === null || typeof loss.value !== "function") {
    throw new TypeError(
      `contours needs a loss of two variables (an objective or (x, y) => number), received ${describe(loss)}`,
    );
  }
  if (loss.dim !== 2)
    throw new RangeError(`contours needs a loss of two variables, received one of dimension ${loss.dim}`);
  const point = new Float64Array(2);
  return (x, y) => {
    point[0] = x;
    point[1] = y;
    return loss.value(point);
  };
}

function checkRange(name: string, range: unknown): [number, number] {
  if (!Array.isArray(range) || range.length !== 2 || !range.every((v) => typeof v === "number" && Number.isFinite(v))) {
    throw new TypeError(`${name} must be a range [from, to] of two finite numbers, received ${describe(range)}`);
  }
  if (!(range[0] < range[1]))
    throw new RangeError(`${name} must go from a smaller number to a larger one, received ${describe(range)}`);
  return [range[0], range[1]];
}

/**
 * The level sets of `loss` over a rectangle, for a panel (`panel({ …, levels: contours(L, …) })`).
 * The loss is sampled on a grid and the curves L = c traced by marching squares with linear
 * interpolation between samples (d3-contour), so they are exact up to the grid's resolution.
 *
 * @example contours((x, y) => x * x + y * y, { x: [-1, 1], y: [-1, 1], levels: [0.25] }) // a circle of radius ½
 */
export function contours(loss: TwoVariableLoss, options: ContourOptions): LevelSets {
  const f = valueOf(loss);
  const o = checkOptions("contours options", options) as unknown as ContourOptions;
  const [x0, x1] = checkRange("x", o.x);
  const [y0, y1] = checkRange("y", o.y);
  let [nx, ny] = Array.isArray(o.grid) ? o.grid : [o.grid ?? 100, o.grid ?? 100];
  checkCount("grid", nx, 400);
  checkCount("grid", ny, 400);
  if (nx < 10 || ny < 10) throw new RangeError(`grid must be at least 10 samples a side, received ${describe(o.grid)}`);
  [nx, ny] = [resolvedGrid(nx), resolvedGrid(ny)];
  const hx = (x1 - x0) / (nx - 1);
  const hy = (y1 - y0) / (ny - 1);
  const values = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) values[j * nx + i] = f(x0 + i * hx, y0 + j * hy);

  let levels: number[];
  if (Array.isArray(o.levels)) {
    levels = o.levels.map((c, k) => {
      if (typeof c !== "number" || !Number.isFinite(c))
        throw new RangeError(`levels[${k}] must be a finite number, received ${describe(c)}`);
      return c;
    });
    levels.sort((a, b) => a - b);
  } else {
    levels = levelsFor(values, checkCount("levels", o.levels ?? 12, 100));
  }

  // d3-contour puts sample i at u = i + ½; the frame of its grid (u = 0 or nx, v = 0 or ny) is not a level curve.
  const toX = (u: number) => x0 + (u - 0.5) * hx;
  const toY = (v: number) => y0 + (v - 0.5) * hy;
  const onFrame = ([u, v]: number[]) => u! <= 0 || u! >= nx || v! <= 0 || v! >= ny;
  const clampX = (x: number) => Math.min(x1, Math.max(x0, x));
  const clampY = (y: number) => Math.min(y1, Math.max(y0, y));
  const lines: LevelSets["lines"] = [];
  const regions: NonNullable<LevelSets["regions"]> = [];
  for (const polygon of marchingSquares().size([nx, ny]).thresholds(levels)(values as unknown as number[])) {
    for (const rings of polygon.coordinates) {
      for (const ring of rings) {
        if (o.shade)
          regions.push({
            level: polygon.value,
            x: ring.map(([u]) => clampX(toX(u!))),
            y: ring.map(([, v]) => clampY(toY(v!))),
          });
        // The ring, cut where it runs along the frame: what is left are pieces of the curve L = c.
        let piece: { level: number; x: number[]; y: number[] } | undefined;
        for (let k = 0; k < ring.length; k++) {
          const point = ring[k]!;
          if (onFrame(point)) {
            piece = undefined;
            continue;
          }
          if (!piece) lines.push((piece = { level: polygon.value, x: [], y: [] }));
          piece.x.push(toX(point[0]!));
          piece.y.push(toY(point[1]!));
        }
      }
    }
  }
  return {
    type: "levels",
    label: typeof o.label === "string" ? o.label : "L",
    levels,
    lines: lines.filter((l) => l.x.length > 1),
    domain: { x: [x0, x1], y: [y0, y1] },
    ...(o.shade ? { regions } : {}),
  };
}
