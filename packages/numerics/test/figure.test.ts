import { describe, expect, it } from "vitest";
import {
  checkFigure,
  curve,
  figure,
  histogram,
  line,
  MAX_LABEL_LENGTH,
  MAX_PANELS,
  MAX_SERIES_PER_PANEL,
  panel,
  points,
  randomGenerator,
} from "../src/index";

describe("figure data", () => {
  it("is plain data that survives JSON", () => {
    const fig = figure({
      panels: [
        panel({
          x: "t",
          y: { label: "θ", log: true },
          series: [line("GF", new Float64Array([0, 1]), [1, 0.5]), points("GD", [0, 1], [1, 0.4], { tone: "black" })],
        }),
      ],
    });
    expect(JSON.parse(JSON.stringify(fig))).toEqual(fig);
    expect(checkFigure(fig)).toBeUndefined();
  });

  it("samples a curve on an interval", () => {
    const s = curve("x²", (x) => x * x, [-1, 1], { samples: 4 });
    expect(s.x).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(s.y).toEqual([1, 0.25, 0, 0.25, 1]);
  });

  it("names the first value it cannot draw", () => {
    const bad = {
      type: "figure",
      panels: [{ x: { label: "t" }, y: { label: "θ" }, series: [line("GD", [0, 1, 2], [1, Number.NaN, 2])] }],
    };
    expect(checkFigure(bad)).toMatch(/panels\[0\]\.series\[0\]\.y\[1\] \("GD"\) is NaN/);
    expect(
      checkFigure({
        type: "figure",
        panels: [{ x: { label: "t" }, y: { label: "e", log: true }, series: [line("e", [1], [0])] }],
      }),
    ).toMatch(/logarithmic/);
    expect(checkFigure(42)).toMatch(/default export must be figure data/);
    expect(() => figure({ panels: [] })).toThrow(/non-empty/);
  });

  it("counts a histogram's samples as a density: each bar the fraction in its bin over the bin's width", () => {
    // Ten samples, 0.05, 0.15, …, 0.95: one in each tenth of [0, 1], so the density is 1 everywhere.
    const even = histogram(
      "u",
      Array.from({ length: 10 }, (_, i) => 0.05 + i / 10),
      { bins: 5, range: [0, 1] },
    );
    expect(even.binWidth).toBeCloseTo(0.2, 15);
    even.x.forEach((centre, i) => expect(centre).toBeCloseTo(0.1 + 0.2 * i, 15));
    even.y.forEach((height) => expect(height).toBeCloseTo(1, 15));
    // Samples outside the range count in the total but in no bar: the bars' area is the share inside.
    const half = histogram("h", [0.1, 0.2, 5, 6], { bins: 2, range: [0, 1] });
    expect(half.y.reduce((s, h) => s + h * half.binWidth!, 0)).toBeCloseTo(0.5, 15);
    // The right end of the range is in the last bin.
    expect(histogram("end", [1], { bins: 4, range: [0, 1] }).y).toEqual([0, 0, 0, 4]);
  });

  it("makes a histogram of normal samples whose bars follow the normal density", () => {
    const random = randomGenerator(3);
    const samples = Array.from({ length: 200_000 }, () => random.normal());
    const h = histogram("z", samples, { bins: 40, range: [-4, 4] });
    const density = (z: number) => Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
    // Each bar is the density's mean over its bin, within sampling error (≈ 4 % near the centre).
    h.x.forEach((c, i) => {
      const mean = (density(c - 0.1) + 4 * density(c) + density(c + 0.1)) / 6; // Simpson over the bin
      expect(Math.abs(h.y[i]! - mean)).toBeLessThan(0.012);
    });
    expect(checkFigure(figure({ panels: [panel({ x: "z", y: "density", series: [h] })] }))).toBeUndefined();
  });

  it("refuses a histogram without a positive bin width, or with negative heights", () => {
    const fig = (series: unknown) => ({
      type: "figure",
      panels: [{ x: { label: "x" }, y: { label: "y" }, series: [series] }],
    });
    expect(checkFigure(fig({ type: "histogram", label: "h", x: [0], y: [1] }))).toMatch(/bin width/);
    expect(checkFigure(fig({ type: "histogram", label: "h", x: [0], y: [-1], binWidth: 1 }))).toMatch(/≥ 0/);
    expect(() => histogram("h", [1, 2], { bins: 0 })).toThrow(/bins/);
  });

  it("checks every field the site reads, naming it and what it holds instead", () => {
    const good = () => ({
      type: "figure",
      panels: [{ x: { label: "t" }, y: { label: "θ" }, series: [line("GD", [0, 1], [1, 0.5])] }],
    });
    const with_ = (change: (f: ReturnType<typeof good>) => void) => {
      const f = good();
      change(f);
      return checkFigure(f);
    };
    const put = (target: object, key: string, value: unknown) => Object.assign(target, { [key]: value });
    expect(with_((f) => put(f, "title", 3))).toBe("the figure's title must be text (a string), but it is the number 3");
    expect(with_((f) => put(f.panels[0]!, "title", 0.5))).toBe(
      "panels[0].title must be text (a string), but it is the number 0.5",
    );
    expect(with_((f) => put(f.panels[0]!.x, "label", null))).toMatch(/^panels\[0\]\.x\.label must be text .* null$/);
    expect(with_((f) => put(f.panels[0]!.y, "log", "yes"))).toMatch(/^panels\[0\]\.y\.log must be true or false/);
    expect(with_((f) => put(f.panels[0]!.y, "min", Number.NaN))).toMatch(
      /^panels\[0\]\.y\.min must be a finite number/,
    );
    expect(with_((f) => put(f.panels[0]!, "equalAxes", 1))).toMatch(/equalAxes must be true or false/);
    const series = (f: ReturnType<typeof good>) => f.panels[0]!.series[0]!;
    expect(with_((f) => put(series(f), "label", () => "GD"))).toMatch(/series\[0\]\.label must be text .* a function$/);
    expect(with_((f) => put(series(f), "tone", "pink"))).toMatch(
      /tone must be one of blue, .*, but it is the text "pink"/,
    );
    expect(with_((f) => put(series(f), "dashed", "no"))).toMatch(/dashed must be true or false/);
    expect(with_((f) => put(series(f), "diverged", { step: -1 }))).toMatch(/diverged must be \{ step \}/);
    expect(with_((f) => put(series(f), "type", "bars"))).toMatch(/must be a series made with line/);
  });

  it("bounds labels, series and panels, so that any figure can be laid out and read", () => {
    const of = (panels: unknown[]) => checkFigure({ type: "figure", panels });
    const axes = { x: { label: "t" }, y: { label: "v" } };
    const long = "_a".repeat(100_000);
    expect(of([{ ...axes, series: [line("ok", [0], [0])] }])).toBeUndefined();
    expect(of([{ ...axes, series: [{ type: "line", label: long, x: [0], y: [0] }] }])).toBe(
      `panels[0].series[0].label is 200,000 characters long; a label has at most ${MAX_LABEL_LENGTH}`,
    );
    expect(of([{ ...axes, title: "a".repeat(MAX_LABEL_LENGTH), series: [] }])).toBeUndefined();
    const many = Array.from({ length: 10_000 }, (_, i) => ({ type: "points", label: `s${i}`, x: [i], y: [i] }));
    expect(of([{ ...axes, series: many }])).toBe(
      `panels[0] has 10,000 series; a panel has at most ${MAX_SERIES_PER_PANEL}`,
    );
    expect(of(Array.from({ length: 1000 }, () => ({ ...axes, series: [] })))).toBe(
      `the figure has 1,000 panels; a figure has at most ${MAX_PANELS}`,
    );
  });

  it("says what is wrong at the call that made it: panel(…), line(…) and the rest check their own fields", () => {
    expect(() => panel({ title: 0.5 as unknown as string, x: "t", y: "v", series: [] })).toThrow(
      new TypeError("the panel's title must be text (a string), but it is the number 0.5"),
    );
    expect(() => panel({ x: "t", y: { label: "v", min: 2, max: 1 }, series: [] })).toThrow(
      /min \(2\) is above its max/,
    );
    expect(() => line("a".repeat(2100), [0], [0])).toThrow(
      new TypeError(`line(…)'s label is 2,100 characters long; a label has at most ${MAX_LABEL_LENGTH}`),
    );
    expect(() => points("p", [0], [0], { tone: "pink" as "blue" })).toThrow(/points\(…\)'s tone must be one of/);
  });
});
