import { coordinate, type Trajectory } from "./trajectory";

/**
 * Figure data: what a live-code snippet returns and the site draws. Plain, JSON-serialisable data
 * — panels of line and point series with labelled axes — and no drawing library.
 */

/** Named colours; the site maps each to a colour that reads in both light and dark themes. */
export type Tone = "blue" | "orange" | "black" | "green" | "red" | "purple" | "gray";
export const TONES: readonly Tone[] = ["blue", "orange", "black", "green", "red", "purple", "gray"];

export interface Series {
  /** A connected curve, or separate dots (iterates of a discrete method). */
  type: "line" | "points";
  label: string;
  x: number[];
  y: number[];
  tone?: Tone;
  dashed?: boolean;
  /** Set when the series comes from a run that overflowed: the step at which it stopped. */
  diverged?: { step: number };
}

export interface Axis {
  label: string;
  /** A logarithmic axis (every value on it must be > 0). */
  log?: boolean;
  min?: number;
  max?: number;
}

export interface Panel {
  title?: string;
  x: Axis;
  y: Axis;
  series: Series[];
}

export interface Figure {
  type: "figure";
  title?: string;
  panels: Panel[];
}

type Numbers = ArrayLike<number>;
type SeriesStyle = { tone?: Tone; dashed?: boolean };

/**
 * A figure of one or more panels side by side ("Left: … Right: …"). Checks the data and throws on
 * anything the site cannot draw.
 */
export function figure(spec: { title?: string; panels: Panel[] }): Figure {
  const fig: Figure = {
    type: "figure",
    ...(spec?.title !== undefined ? { title: spec.title } : {}),
    panels: spec?.panels,
  };
  const problem = checkFigure(fig);
  if (problem) throw new TypeError(problem);
  return fig;
}

/** One panel: axes given as a label or as `{ label, log?, min?, max? }`. */
export function panel(spec: { title?: string; x: string | Axis; y: string | Axis; series: Series[] }): Panel {
  const axis = (a: string | Axis): Axis => (typeof a === "string" ? { label: a } : a);
  return {
    ...(spec.title !== undefined ? { title: spec.title } : {}),
    x: axis(spec.x),
    y: axis(spec.y),
    series: spec.series,
  };
}

/** A connected curve through the points (xₖ, yₖ). */
export function line(label: string, x: Numbers, y: Numbers, style: SeriesStyle = {}): Series {
  return { type: "line", label, x: Array.from(x), y: Array.from(y), ...style };
}

/** Separate dots at the points (xₖ, yₖ): the iterates of a discrete method. */
export function points(label: string, x: Numbers, y: Numbers, style: SeriesStyle = {}): Series {
  return { type: "points", label, x: Array.from(x), y: Array.from(y), ...style };
}

type TrajectoryStyle = SeriesStyle & {
  /** What to plot against time: a coordinate index (0 by default) or the loss. */ y?: number | "loss";
};

function fromTrajectory(type: Series["type"], label: string, run: Trajectory, style: TrajectoryStyle): Series {
  const { y = 0, ...rest } = style;
  let values: ArrayLike<number>;
  if (y === "loss") {
    if (!run.loss)
      throw new TypeError(`"${label}": this run has no loss to plot (Euler on an ODE records states only)`);
    values = run.loss;
  } else {
    values = coordinate(run, y);
  }
  return {
    type,
    label,
    x: Array.from(run.t),
    y: Array.from(values),
    ...rest,
    ...(run.diverged ? { diverged: { step: run.diverged.step } } : {}),
  };
}

/** A run as a curve against time: coordinate `y` (0 by default) or `y: "loss"`. Carries the step where it diverged. */
export function lineOf(label: string, run: Trajectory, style: TrajectoryStyle = {}): Series {
  return fromTrajectory("line", label, run, style);
}

/** A run as dots against time (the iterates of GD at t = kη): coordinate `y` or `y: "loss"`. */
export function pointsOf(label: string, run: Trajectory, style: TrajectoryStyle = {}): Series {
  return fromTrajectory("points", label, run, style);
}

/** The graph of y = fn(x) on [from, to], sampled at `samples + 1` evenly spaced points (200 by default). */
export function curve(
  label: string,
  fn: (x: number) => number,
  [from, to]: [number, number],
  style: SeriesStyle & { samples?: number } = {},
): Series {
  const { samples = 200, ...rest } = style;
  const x = Array.from({ length: samples + 1 }, (_, k) => from + ((to - from) * k) / samples);
  return line(label, x, x.map(fn), rest);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Why `value` is not figure data the site can draw, naming the first offending place
 * (`panels[1].series[0].y[37] is NaN`), or `undefined` when it is.
 */
export function checkFigure(value: unknown): string | undefined {
  if (!isRecord(value) || value.type !== "figure") {
    return "the default export must be figure data: build it with figure({ panels: [panel({ … })] })";
  }
  if (!Array.isArray(value.panels) || value.panels.length === 0)
    return "figure.panels must be a non-empty array of panels";
  for (let p = 0; p < value.panels.length; p++) {
    const where = `panels[${p}]`;
    const pan: unknown = value.panels[p];
    if (!isRecord(pan)) return `${where} must be a panel made with panel({ x, y, series })`;
    for (const key of ["x", "y"] as const) {
      const axis = pan[key];
      if (!isRecord(axis) || typeof axis.label !== "string") return `${where}.${key} must be an axis with a label`;
    }
    if (!Array.isArray(pan.series)) return `${where}.series must be an array of series`;
    for (let s = 0; s < pan.series.length; s++) {
      const at = `${where}.series[${s}]`;
      const ser: unknown = pan.series[s];
      if (!isRecord(ser) || (ser.type !== "line" && ser.type !== "points"))
        return `${at} must be a series made with line(…), points(…) or curve(…)`;
      if (typeof ser.label !== "string") return `${at}.label must be a string`;
      if (ser.tone !== undefined && !TONES.includes(ser.tone as Tone))
        return `${at}.tone must be one of ${TONES.join(", ")}, received ${String(ser.tone)}`;
      if (!Array.isArray(ser.x) || !Array.isArray(ser.y)) return `${at} ("${ser.label}") must have x and y arrays`;
      if (ser.x.length !== ser.y.length)
        return `${at} ("${ser.label}") has ${ser.x.length} x values but ${ser.y.length} y values`;
      for (const key of ["x", "y"] as const) {
        const values = ser[key] as unknown[];
        const log = (pan[key] as Axis).log === true;
        for (let k = 0; k < values.length; k++) {
          const v = values[k];
          if (typeof v !== "number") return `${at}.${key}[${k}] ("${ser.label}") is ${typeof v}, not a number`;
          if (!Number.isFinite(v))
            return `${at}.${key}[${k}] ("${ser.label}") is ${String(v)}: the computation overflowed or divided by zero`;
          if (log && v <= 0) {
            const needs = `the ${key} axis is logarithmic and needs values > 0`;
            return `${at}.${key}[${k}] ("${ser.label}") is ${v}, but ${needs}`;
          }
        }
      }
    }
  }
  return undefined;
}
