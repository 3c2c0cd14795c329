import { FIGURE_FIELDS, MAX_PANELS, MAX_SERIES_PER_PANEL } from "@descent/numerics";

/**
 * The figure data a snippet exported, read once, field by field, into plain data, before anything
 * checks or draws it. What the student's value does when read (a getter, a Proxy) happens here, in
 * the student's run: a getter that throws is reported as theirs, naming what was being read; a value
 * that changes between two reads cannot pass the check and then be sent as something else. Only the
 * fields the site draws are kept, so a function or anything else that cannot be sent to the page is
 * left behind (and named in a note).
 *
 * The copy is not checked here: `checkFigure` checks it, and says the same things it says of the
 * value itself (a list longer than a figure may have is kept as an empty list of that length).
 */

/** What reading the figure gave: plain data and notes, or what threw while reading which part. */
export type FigureReading =
  { ok: true; figure: unknown; notes: string[] } | { ok: false; reading: string; thrown: unknown };

const {
  figure: FIGURE,
  panel: PANEL,
  axis: AXIS,
  series: SERIES,
  levels: LEVELS,
  levelLine: LEVEL_LINE,
} = FIGURE_FIELDS;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function readFigure(value: unknown): FigureReading {
  let reading = "the figure";
  const notes: string[] = [];

  /** A list read element by element (`each` for each), or an empty one of its length when longer than `most`. */
  const list = (v: unknown, where: string, each: (e: unknown, at: string) => unknown, most = Infinity): unknown => {
    if (!Array.isArray(v)) return v;
    reading = `${where}.length`;
    const n = v.length;
    if (n > most) return new Array(n);
    const out: unknown[] = new Array(n);
    for (let i = 0; i < n; i++) {
      reading = `${where}[${i}]`;
      out[i] = each(v[i], reading);
    }
    return out;
  };
  /** Numbers read up to the first that is not a finite number, which the check then names (the rest is left empty). */
  const numbers = (v: unknown, where: string): unknown => {
    if (!Array.isArray(v)) return v;
    reading = `${where}.length`;
    const n = v.length;
    const out: unknown[] = new Array(n);
    for (let i = 0; i < n; i++) {
      reading = `${where}[${i}]`;
      const x: unknown = v[i];
      out[i] = x;
      if (typeof x !== "number" || !Number.isFinite(x)) break;
    }
    return out;
  };
  /** The fields `known` of `v`, each read once (`read` those that are lists or objects); the others are noted. */
  const record = (
    v: unknown,
    where: string,
    known: readonly string[],
    read: Record<string, (field: unknown, at: string) => unknown> = {},
  ): unknown => {
    if (!isRecord(v)) return v;
    const out: Record<string, unknown> = {};
    for (const key of known) {
      reading = `${where}.${key}`;
      const field = v[key];
      if (field !== undefined) out[key] = read[key] ? read[key](field, reading) : field;
    }
    reading = `the fields of ${where}`;
    const others = Object.keys(v).filter((key) => !known.includes(key));
    if (others.length > 0) {
      const names = others.slice(0, 3).join(", ") + (others.length > 3 ? `, and ${others.length - 3} more` : "");
      notes.push(`${where} has fields the site does not draw (${names}): they are left out`);
    }
    return out;
  };

  const axis = (a: unknown, at: string) => record(a, at, AXIS);
  const levelLines = (l: unknown, at: string) =>
    list(l, at, (line, where) => record(line, where, LEVEL_LINE, { x: numbers, y: numbers }));
  const levels = (l: unknown, at: string) =>
    record(l, at, LEVELS, {
      levels: numbers,
      domain: (d, where) => record(d, where, ["x", "y"], { x: numbers, y: numbers }),
      lines: levelLines,
      regions: levelLines,
    });
  const series = (s: unknown, at: string) =>
    record(s, at, SERIES, { x: numbers, y: numbers, diverged: (d, where) => record(d, where, ["step"]) });
  const panel = (p: unknown, at: string) =>
    record(p, at, PANEL, {
      x: axis,
      y: axis,
      series: (s, where) => list(s, where, series, MAX_SERIES_PER_PANEL),
      levels,
    });

  try {
    const figure = record(value, "the figure", FIGURE, {
      panels: (p, where) => list(p, where.replace("the figure.", ""), panel, MAX_PANELS),
    });
    return { ok: true, figure, notes };
  } catch (thrown) {
    return { ok: false, reading: reading.replace(/^the figure\./, "the figure's "), thrown };
  }
}
