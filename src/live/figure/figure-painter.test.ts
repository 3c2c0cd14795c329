import { describe, expect, it } from "vitest";
import { figure, line, panel, type Figure } from "@descent/numerics";
import { fakeCanvas } from "../../../test/doubles/fake-canvas";
import { NO_OUTPUT, failure } from "../runner/run-result";
import { FigurePainter } from "./figure-painter";
import { drawableFigure } from "./prepare-figure";
import type { FromPainter } from "./painter-protocol";
import type { ThemeColors } from "./theme-colors";

const colors = Object.fromEntries(
  ["fg", "muted", "border", "levels", "blue", "orange", "black", "green", "red", "purple", "gray"].map((k) => [k, k]),
) as ThemeColors;
const size = { width: 360, height: 240, pixelRatio: 1 };

/** A figure of `panels` panels whose one line ends at height `y` (which run drew is read from it). */
const fig = (y: number, panels = 1): Figure =>
  figure({
    panels: Array.from({ length: panels }, () => panel({ x: "k", y: "L", series: [line("run", [0, 1], [1, y])] })),
  });
const drawable = (y: number, order: number, panels = 1) => {
  const f = fig(y, panels);
  const checked = drawableFigure(f);
  if (!checked.ok) throw new Error(checked.reason);
  return { figure: f, axes: checked.axes, order };
};
const ok = (f: Figure) => ({ ok: true, figure: f, notes: [], console: NO_OUTPUT, ms: 1 });

/** A painter with two canvases' worth of a block "b", a runner port, and what it told the page. */
function setUp(panels = 1) {
  const told: FromPainter[] = [];
  let clock = 0;
  const paints: (() => void)[] = [];
  const painter = new FigurePainter(
    (m) => told.push(m),
    () => ++clock,
    (then) => paints.push(then),
  );
  const canvases = Array.from({ length: panels }, () => fakeCanvas());
  const port = { onmessage: null as ((e: { data: unknown }) => void) | null };
  painter.receive({ type: "runner", block: "b", port: port as unknown as MessagePort });
  painter.receive({
    type: "canvases",
    block: "b",
    count: panels,
    added: canvases.map((c, index) => ({ index, canvas: c as unknown as OffscreenCanvas })),
    size,
  });
  painter.receive({ type: "style", block: "b", colors, pinned: undefined });
  const fromRunner = (data: unknown) => port.onmessage!({ data });
  /** The orders of the results drawn, in the order drawn. */
  const drawn = () => told.filter((m) => m.type === "drawn").map((m) => (m as { order: number }).order);
  return { painter, told, paints, canvases, fromRunner, drawn };
}

describe("the painter (charts drawn in a worker)", () => {
  it("draws a runner's result on the block's canvases, says when, and when its frame is painted", () => {
    const { fromRunner, drawn, told, paints, canvases } = setUp();
    fromRunner({ type: "result", id: 1, result: ok(fig(0.5)), clean: true });
    expect(drawn()).toEqual([1]);
    expect(canvases[0]!.calls.some((c) => c.name === "stroke")).toBe(true);
    expect(told.some((m) => m.type === "painted")).toBe(false);
    paints.forEach((p) => p());
    expect(told.filter((m) => m.type === "painted")).toEqual([{ type: "painted", block: "b", order: 1, at: 2 }]);
  });

  it("never draws a result older than the one shown, nor a coarse result over its whole one", () => {
    const { fromRunner, drawn } = setUp();
    fromRunner({ type: "coarse", id: 3, result: ok(fig(0.3)), fraction: 0.25 });
    fromRunner({ type: "result", id: 3, result: ok(fig(0.31)), clean: true });
    fromRunner({ type: "coarse", id: 3, result: ok(fig(0.3)), fraction: 0.25 });
    fromRunner({ type: "result", id: 2, result: ok(fig(0.2)), clean: true });
    fromRunner({ type: "result", id: 4, result: ok(fig(0.4)), clean: true });
    expect(drawn()).toEqual([3, 3, 4]);
  });

  it("draws nothing of runs the page has moved past, nor coarse results of a run a newer edit waits behind", () => {
    const { painter, fromRunner, drawn } = setUp();
    painter.receive({ type: "current", block: "b", run: 5, coarseUpTo: 4 });
    fromRunner({ type: "result", id: 4, result: ok(fig(0.4)), clean: true });
    expect(drawn()).toEqual([]);
    painter.receive({ type: "current", block: "b", run: 5, coarseUpTo: 5 });
    fromRunner({ type: "coarse", id: 5, result: ok(fig(0.5)), fraction: 0.5 });
    expect(drawn()).toEqual([]);
    fromRunner({ type: "result", id: 5, result: ok(fig(0.5)), clean: true });
    expect(drawn()).toEqual([5]);
  });

  it("keeps the last good chart on a failed run, and drops what it cannot believe", () => {
    const { fromRunner, drawn, canvases } = setUp();
    fromRunner({ type: "result", id: 1, result: ok(fig(0.5)), clean: true });
    const calls = canvases[0]!.calls.length;
    fromRunner({ type: "result", id: 2, result: failure("runtime", "x is not defined"), clean: true });
    fromRunner({
      type: "result",
      id: 3,
      result: ok({ type: "figure", panels: [{ nonsense: true }] } as never),
      clean: true,
    });
    const broken = { type: "figure", panels: [{ ...fig(0.5).panels[0]!, series: [line("run", [0, 1], [1, 2])] }] };
    broken.panels[0]!.series[0]!.y = [1, NaN];
    fromRunner({ type: "result", id: 4, result: ok(broken as Figure), clean: true });
    fromRunner("not even an object");
    expect(drawn()).toEqual([1]);
    expect(canvases[0]!.calls.length).toBe(calls);
  });

  it("waits for the page's canvases when a result has more panels, then draws the newest it knows", () => {
    const { painter, fromRunner, drawn } = setUp(1);
    fromRunner({ type: "result", id: 2, result: ok(fig(0.2, 2)), clean: true });
    expect(drawn()).toEqual([]);
    painter.receive({
      type: "canvases",
      block: "b",
      count: 2,
      added: [{ index: 1, canvas: fakeCanvas() as unknown as OffscreenCanvas }],
      size,
    });
    // The page's own figure is an older one: the painter keeps the newest.
    painter.receive({ type: "draw", block: "b", drawable: drawable(0.1, 1, 2) });
    expect(drawn()).toEqual([2]);
  });

  it("draws the page's figure when it is the newest (the first one, say), and again in a new theme", () => {
    const { painter, drawn } = setUp();
    painter.receive({ type: "draw", block: "b", drawable: drawable(0.7, 1) });
    painter.receive({ type: "style", block: "b", colors: { ...colors, fg: "white" }, pinned: fig(0.9) });
    expect(drawn()).toEqual([1, 1]);
  });

  it("sizes its canvases as the page says their boxes are, in the device's pixels", () => {
    const { painter, fromRunner, canvases } = setUp();
    fromRunner({ type: "result", id: 1, result: ok(fig(0.5)), clean: true });
    expect([canvases[0]!.width, canvases[0]!.height]).toEqual([360, 240]);
    painter.receive({ type: "size", block: "b", size: { width: 540, height: 360, pixelRatio: 2 } });
    expect([canvases[0]!.width, canvases[0]!.height]).toEqual([1080, 720]);
  });

  it("tells the page when a canvas refuses to draw", () => {
    const told: FromPainter[] = [];
    const painter = new FigurePainter(
      (m) => told.push(m),
      () => 0,
      () => {},
    );
    const canvas = fakeCanvas();
    canvas.getContext = () => {
      throw new Error("canvas is blocked");
    };
    painter.receive({ type: "canvases", block: "b", count: 1, added: [{ index: 0, canvas: canvas as never }], size });
    painter.receive({ type: "style", block: "b", colors, pinned: undefined });
    painter.receive({ type: "draw", block: "b", drawable: drawable(0.5, 1) });
    expect(told).toEqual([{ type: "failed", block: "b", message: "canvas is blocked" }]);
  });
});
