import type { LevelSets } from "./contours";
import { coordinate, type Trajectory } from "./trajectory";

/**
 * Figure data: what a live-code snippet returns and the site draws. Plain, JSON-serialisable data
 * — panels of line and point series with labelled axes — and no drawing library.
 */

/** Named colours; the site maps each to a colour that reads in both light and dark themes. */
export type Tone = "blue" | "orange" | "black" | "green" | "red" | "purple" | "gray";
export const TONES: readonly Tone[] = ["blue", "orange", "black", "green", "red", "purple", "gray"];

/**
 * Bounds on what a figure may hold, so that any figure can be laid out and read: a title or label
 * is a line beside a chart, not a page; a legend of more series than this cannot be read; more
 * panels than this are not a figure but a gallery.
 */
export const MAX_LABEL_LENGTH = 200;
export const MAX_SERIES_PER_PANEL = 50;
export const MAX_PANELS = 12;

/**
 * The fields of figure data the site reads, by part: anything else a snippet puts in its figure is left
 * out before the figure is checked and drawn. A new field of a series (a kind of mark's own) goes here.
 */
export const FIGURE_FIELDS = {
  figure: ["type", "title", "panels"],
  panel: ["title", "x", "y", "series", "levels", "equalAxes"],
  axis: ["label", "log", "min", "max"],
  series: ["type", "label", "x", "y", "tone", "dashed", "diverged", "binWidth"],
  levels: ["type", "label", "levels", "domain", "lines", "regions"],
  levelLine: ["level", "x", "y"],
} as const;

export interface Series {
  /**
   * A connected curve, separate dots (iterates of a discrete method), or a histogram's bars (x their
   * centres, y their heights, all `binWidth` wide).
   */
  type: "line" | "points" | "histogram";
  label: string;
  x: number[];
  y: number[];
  /** A histogram's bar width (its bins are equal). */
  binWidth?: number;
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
  /** The level sets of a loss of two variables, drawn under the series (see `contours`). */
  levels?: LevelSets;
  /** One unit the same length on both axes, so circles look round and gradients perpendicular. */
  equalAxes?: boolean;
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

/**
 * One panel: axes given as a label or as `{ label, log?, min?, max? }`; optionally the level sets of
 * a loss drawn under the series (`levels: contours(…)`) and equal scales on both axes.
 */
export function panel(spec: {
  title?: string;
  x: string | Axis;
  y: string | Axis;
  series: Series[];
  levels?: LevelSets;
  equalAxes?: boolean;
}): Panel {
  const axis = (a: string | Axis): Axis => (typeof a === "string" ? { label: a } : a);
  const made: Panel = {
    ...(spec.title !== undefined ? { title: spec.title } : {}),
    x: axis(spec.x),
    y: axis(spec.y),
    series: spec.series,
    ...(spec.levels !== undefined ? { levels: spec.levels } : {}),
    ...(spec.equalAxes ? { equalAxes: true } : {}),
  };
  // Checked here too (values aside), so that a mistake is reported at the line that made the panel.
  const problem = panelProblem(made, "the panel", false);
  if (problem) throw new TypeError(problem);
  return made;
}

/** A series of `type`, its label and style checked at the line that makes it (its values are checked by `figure`). */
function series(type: Series["type"], label: string, x: Numbers, y: Numbers, style: object, extra = {}): Series {
  const made = { type, label, x: Array.from(x), y: Array.from(y), ...style, ...extra } as Series;
  const problem = seriesFieldsProblem(made, `${type}(…)`);
  if (problem) throw new TypeError(problem);
  return made;
}

/** A connected curve through the points (xₖ, yₖ). */
export function line(label: string, x: Numbers, y: Numbers, style: SeriesStyle = {}): Series {
  return series("line", label, x, y, style);
}

/** Separate dots at the points (xₖ, yₖ): the iterates of a discrete method. */
export function points(label: string, x: Numbers, y: Numbers, style: SeriesStyle = {}): Series {
  return series("points", label, x, y, style);
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
  return series(type, label, run.t, values, rest, run.diverged ? { diverged: { step: run.diverged.step } } : {});
}

/** A run as a curve against time: coordinate `y` (0 by default) or `y: "loss"`. Carries the step where it diverged. */
export function lineOf(label: string, run: Trajectory, style: TrajectoryStyle = {}): Series {
  return fromTrajectory("line", label, run, style);
}

/** A run as dots against time (the iterates of GD at t = kη): coordinate `y` or `y: "loss"`. */
export function pointsOf(label: string, run: Trajectory, style: TrajectoryStyle = {}): Series {
  return fromTrajectory("points", label, run, style);
}

/**
 * A histogram of `samples` as a density: `bins` equal bins over `range` (the samples' own range by
 * default), each bar's height the fraction of all samples in it divided by the bin width, so that the
 * bars' area is the fraction of samples inside `range` and a probability density can be drawn over it.
 *
 * @example histogram("w", [0, 0.5, 1.5, 1.9], { bins: 2, range: [0, 2] }).y // → [0.5, 0.5]
 */
export function histogram(
  label: string,
  samples: Numbers,
  options: SeriesStyle & { bins?: number; range?: [number, number] } = {},
): Series {
  const { bins = 30, range, ...style } = options;
  if (!Number.isInteger(bins) || bins < 1 || bins > MAX_BINS)
    throw new RangeError(`bins must be a whole number in 1 … ${MAX_BINS}, received ${String(bins)}`);
  const values = Array.from(samples);
  let [from, to] = range ?? [Math.min(...values), Math.max(...values)];
  if (!Number.isFinite(from) || !Number.isFinite(to))
    throw new RangeError(`the histogram "${label}" needs finite samples or a finite range`);
  if (from === to) [from, to] = [from - 0.5, to + 0.5];
  if (from > to) throw new RangeError(`the histogram "${label}" has a range that ends before it starts`);
  const width = (to - from) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) {
    if (!(v >= from && v <= to)) continue;
    counts[Math.min(bins - 1, Math.floor((v - from) / width))]!++;
  }
  const centres = counts.map((_, i) => from + (i + 0.5) * width);
  return series(
    "histogram",
    label,
    centres,
    counts.map((c) => c / values.length / width),
    style,
    { binWidth: width },
  );
}

/** Most bins a histogram may have. */
const MAX_BINS = 4000;

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
const count = (n: number) => n.toLocaleString("en");

/** A value as a sentence names it: "the number 0.5", "a function", "undefined". */
function described(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "string") return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** `panels[0].title`, or `the panel's title`: a field of what `where` names. */
const field = (where: string, name: string) => (/^[\w[\].]+$/.test(where) ? `${where}.${name}` : `${where}'s ${name}`);

/** Why `value` is not a title or label (text of at most `MAX_LABEL_LENGTH` characters), or undefined. */
function textProblem(value: unknown, name: string): string | undefined {
  if (typeof value !== "string") return `${name} must be text (a string), but it is ${described(value)}`;
  if (value.length > MAX_LABEL_LENGTH)
    return `${name} is ${count(value.length)} characters long; a label has at most ${MAX_LABEL_LENGTH}`;
  return undefined;
}

/** Why `axis` is not an axis: a label, and optionally `log` and a finite `min` not above a finite `max`. */
function axisProblem(axis: unknown, where: string): string | undefined {
  if (!isRecord(axis)) return `${where} must be an axis: a label, or { label, log?, min?, max? }`;
  const problem = textProblem(axis.label, field(where, "label"));
  if (problem) return problem;
  if (axis.log !== undefined && typeof axis.log !== "boolean")
    return `${field(where, "log")} must be true or false, but it is ${described(axis.log)}`;
  for (const end of ["min", "max"] as const) {
    const v = axis[end];
    if (v === undefined) continue;
    if (typeof v !== "number" || !Number.isFinite(v))
      return `${field(where, end)} must be a finite number, but it is ${described(v)}`;
    if (axis.log === true && v <= 0) return `${field(where, end)} is ${v}, but a logarithmic axis needs values > 0`;
  }
  if (typeof axis.min === "number" && typeof axis.max === "number" && axis.min > axis.max)
    return `${field(where, "min")} (${axis.min}) is above its max (${axis.max})`;
  return undefined;
}

/** Why `ser` is not a series, its values aside: its type, label and style. */
function seriesFieldsProblem(ser: unknown, where: string): string | undefined {
  if (!isRecord(ser) || (ser.type !== "line" && ser.type !== "points" && ser.type !== "histogram"))
    return `${where} must be a series made with line(…), points(…), curve(…) or histogram(…)`;
  if (ser.type === "histogram") {
    const width = ser.binWidth;
    if (typeof width !== "number" || !Number.isFinite(width) || width <= 0)
      return `${where} is a histogram and needs a bin width > 0: make it with histogram(…)`;
  }
  const label = textProblem(ser.label, field(where, "label"));
  if (label) return label;
  if (ser.tone !== undefined && !TONES.includes(ser.tone as Tone))
    return `${field(where, "tone")} must be one of ${TONES.join(", ")}, but it is ${described(ser.tone)}`;
  if (ser.dashed !== undefined && typeof ser.dashed !== "boolean")
    return `${field(where, "dashed")} must be true or false, but it is ${described(ser.dashed)}`;
  if (ser.diverged !== undefined) {
    const step = isRecord(ser.diverged) ? ser.diverged.step : undefined;
    if (typeof step !== "number" || !Number.isSafeInteger(step) || step < 0)
      return `${field(where, "diverged")} must be { step } with the step at which the run stopped`;
  }
  if (!Array.isArray(ser.x) || !Array.isArray(ser.y)) return `${where} ("${ser.label}") must have x and y arrays`;
  if (ser.x.length !== ser.y.length)
    return `${where} ("${ser.label}") has ${count(ser.x.length)} x values but ${count(ser.y.length)} y values`;
  return undefined;
}

/** Why a series' values cannot be drawn in `pan`: the first one that is not a finite number (> 0 on a log axis). */
function valuesProblem(ser: Series, where: string, pan: Panel): string | undefined {
  for (const key of ["x", "y"] as const) {
    const values = ser[key] as unknown[];
    const log = pan[key].log === true;
    for (let k = 0; k < values.length; k++) {
      const v = values[k];
      if (typeof v !== "number") return `${where}.${key}[${k}] ("${ser.label}") is ${typeof v}, not a number`;
      if (!Number.isFinite(v))
        return `${where}.${key}[${k}] ("${ser.label}") is ${String(v)}: the computation overflowed or divided by zero`;
      if (log && v <= 0) {
        const needs = `the ${key} axis is logarithmic and needs values > 0`;
        return `${where}.${key}[${k}] ("${ser.label}") is ${v}, but ${needs}`;
      }
      if (ser.type === "histogram" && key === "y" && v < 0)
        return `${where}.y[${k}] ("${ser.label}") is ${v}: a histogram's heights must be ≥ 0`;
    }
  }
  return undefined;
}

/** Why `pan` is not a panel; its series' values are checked too when `values` is set. */
function panelProblem(pan: unknown, where: string, values: boolean): string | undefined {
  if (!isRecord(pan)) return `${where} must be a panel made with panel({ x, y, series })`;
  if (pan.title !== undefined) {
    const problem = textProblem(pan.title, field(where, "title"));
    if (problem) return problem;
  }
  for (const key of ["x", "y"] as const) {
    const problem = axisProblem(pan[key], field(where, key));
    if (problem) return problem;
  }
  if (!Array.isArray(pan.series)) return `${field(where, "series")} must be an array of series`;
  if (pan.series.length > MAX_SERIES_PER_PANEL)
    return `${where} has ${count(pan.series.length)} series; a panel has at most ${MAX_SERIES_PER_PANEL}`;
  if (pan.equalAxes !== undefined && typeof pan.equalAxes !== "boolean")
    return `${field(where, "equalAxes")} must be true or false, but it is ${described(pan.equalAxes)}`;
  if (values && pan.levels !== undefined) {
    const problem = checkLevels(pan.levels, field(where, "levels"));
    if (problem) return problem;
  }
  for (let s = 0; s < pan.series.length; s++) {
    const at = `${field(where, "series")}[${s}]`;
    const problem = seriesFieldsProblem(pan.series[s], at);
    if (problem) return problem;
    if (values) {
      const bad = valuesProblem(pan.series[s] as Series, at, pan as unknown as Panel);
      if (bad) return bad;
    }
  }
  return undefined;
}

/**
 * Why `value` is not figure data the site can draw, naming the first offending place
 * (`panels[1].series[0].y[37] is NaN`, `panels[0].title must be text (a string), but it is the
 * number 0.5`), or `undefined` when it is. Every field the site reads is checked, and bounded: at
 * most `MAX_PANELS` panels of `MAX_SERIES_PER_PANEL` series, labels of `MAX_LABEL_LENGTH` characters.
 */
export function checkFigure(value: unknown): string | undefined {
  if (!isRecord(value) || value.type !== "figure") {
    return "the default export must be figure data: build it with figure({ panels: [panel({ … })] })";
  }
  if (value.title !== undefined) {
    const problem = textProblem(value.title, "the figure's title");
    if (problem) return problem;
  }
  if (!Array.isArray(value.panels) || value.panels.length === 0)
    return "figure.panels must be a non-empty array of panels";
  if (value.panels.length > MAX_PANELS)
    return `the figure has ${count(value.panels.length)} panels; a figure has at most ${MAX_PANELS}`;
  for (let p = 0; p < value.panels.length; p++) {
    const problem = panelProblem(value.panels[p], `panels[${p}]`, true);
    if (problem) return problem;
  }
  return undefined;
}

/** Most points all the level curves of a panel may have, to keep a figure drawable. */
const MAX_LEVEL_POINTS = 200_000;

/** Why `value` is not level sets a panel can draw (see `contours`), or undefined. */
function checkLevels(value: unknown, where: string): string | undefined {
  if (!isRecord(value) || value.type !== "levels") return `${where} must be level sets made with contours(…)`;
  const label = textProblem(value.label, `${where}.label`);
  if (label) return label;
  const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
  if (!Array.isArray(value.levels) || !value.levels.every(finite)) return `${where}.levels must be finite numbers`;
  const domain = value.domain;
  const range = (r: unknown) => Array.isArray(r) && r.length === 2 && r.every(finite) && r[0]! < r[1]!;
  if (!isRecord(domain) || !range(domain.x) || !range(domain.y))
    return `${where}.domain must hold two ranges [from, to]`;
  let points = 0;
  for (const key of ["lines", "regions"] as const) {
    const list = value[key];
    if (list === undefined && key === "regions") continue;
    if (!Array.isArray(list)) return `${where}.${key} must be an array`;
    for (const [i, l] of list.entries()) {
      if (!isRecord(l) || !finite(l.level) || !Array.isArray(l.x) || !Array.isArray(l.y) || l.x.length !== l.y.length) {
        return `${where}.${key}[${i}] must have a level and x and y arrays of one length`;
      }
      if (!l.x.every(finite) || !l.y.every(finite))
        return `${where}.${key}[${i}] holds a value that is not a finite number`;
      points += l.x.length;
      if (points > MAX_LEVEL_POINTS) return `${where} has more than ${MAX_LEVEL_POINTS} points: use a coarser grid`;
    }
  }
  return undefined;
}
