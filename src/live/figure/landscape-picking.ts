import type { HTMLAttributes, KeyboardEvent, PointerEvent } from "react";
import type { Panel } from "@descent/numerics";
import type { PanelAxes } from "./axes";
import { describePanel } from "./describe-figure";
import { valueAtPixel } from "./plot-scale";

/** How a pick of a start point goes: a click or drag (begun, moved, ended), one keyboard step, or undone. */
export type PickPhase = "start" | "move" | "end" | "step" | "undo";
export type Pick = (point: { x: number; y: number }, phase: PickPhase) => void;

/** Arrow keys move the start by this fraction of the plot's range (ten times more with Shift). */
const KEY_STEP = 1 / 50;

/**
 * What makes a live landscape (a panel with level sets) a place to set the start of the run: a
 * click sets it there, a drag moves it continuously, the arrow keys move it from where it is (Enter
 * says where it is, Ctrl/⌘+Z undoes the last move). Each rewrites the code (LiveBlock does, one undo
 * step each); the figure follows the code. Distill's draggable start had no keyboard path and no
 * click-to-set.
 */
/**
 * A drag in progress. It outlives the handlers: each move reruns the code and redraws the figure,
 * which makes new handlers, so the caller keeps one of these for the chart's life (a ref).
 */
export interface PickState {
  dragging: boolean;
  frame: number;
  latest: { x: number; y: number } | undefined;
}
export const newPickState = (): PickState => ({ dragging: false, frame: 0, latest: undefined });

/** A live plot: its canvas (the box a pointer is read against) and the axes of the figure it shows. */
export type PlotOf = (index: number) => { canvas: HTMLCanvasElement; axes: PanelAxes } | undefined;

export function landscapePicking(
  plotOf: PlotOf,
  onPick: Pick,
  /** Where the start is now, read from the code at each key (a key may come before the figure follows the last). */
  start: () => { x: number; y: number },
  announce: (text: string) => void,
  state: PickState,
): (panel: Panel, index: number) => HTMLAttributes<HTMLDivElement> | undefined {
  /** The data point under the pointer, if it is on the plot. */
  const pointAt = (index: number, event: PointerEvent<HTMLDivElement>) => {
    const plot = plotOf(index);
    if (!plot) return undefined;
    const box = plot.canvas.getBoundingClientRect();
    return valueAtPixel(plot.axes, box.width, box.height, event.clientX - box.left, event.clientY - box.top);
  };
  const where = (p: { x: number; y: number }) => `(${p.x.toFixed(2)}, ${p.y.toFixed(2)})`;

  return (panel, index) => {
    if (!panel.levels) return undefined;
    return {
      role: "application",
      "aria-roledescription": "landscape",
      "aria-label": `${describePanel(panel)} Click, drag or use the arrow keys to move the start of the run.`,
      tabIndex: 0,
      className: "panel-plot panel-pickable",
      onPointerDown(event) {
        if (event.button !== 0) return;
        const point = pointAt(index, event);
        if (!point) return;
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
        event.currentTarget.focus({ preventScroll: true });
        state.dragging = true;
        onPick(point, "start");
      },
      onPointerMove(event) {
        if (!state.dragging) return;
        state.latest = pointAt(index, event) ?? state.latest;
        // At most one rewrite (and one rerun) a frame, as when scrubbing a number.
        state.frame ||= requestAnimationFrame(() => {
          state.frame = 0;
          if (state.latest && state.dragging) onPick(state.latest, "move");
        });
      },
      onPointerUp(event) {
        if (!state.dragging) return;
        state.dragging = false;
        cancelAnimationFrame(state.frame);
        state.frame = 0;
        const point = pointAt(index, event) ?? state.latest;
        state.latest = undefined;
        if (point) {
          onPick(point, "end");
          announce(`Start moved to ${where(point)}`);
        }
      },
      onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
        const axes = plotOf(index)?.axes;
        if (!axes) return;
        const stepX = (axes.x.max - axes.x.min) * KEY_STEP * (event.shiftKey ? 10 : 1);
        const stepY = (axes.y.max - axes.y.min) * KEY_STEP * (event.shiftKey ? 10 : 1);
        const moves: Record<string, [number, number]> = {
          ArrowLeft: [-stepX, 0],
          ArrowRight: [stepX, 0],
          ArrowUp: [0, stepY],
          ArrowDown: [0, -stepY],
        };
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z") {
          event.preventDefault();
          onPick(start(), "undo");
          announce("Last move undone");
          return;
        }
        if (event.key === "Enter") {
          event.preventDefault();
          announce(`The run starts at ${where(start())}`);
          return;
        }
        const move = moves[event.key];
        if (!move) return;
        event.preventDefault();
        const from = start();
        const next = { x: from.x + move[0], y: from.y + move[1] };
        onPick(next, "step");
        announce(`Start moved to ${where(next)}`);
      },
    };
  };
}
