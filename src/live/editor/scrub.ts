import { isolateHistory } from "@codemirror/commands";
import { Prec, Transaction } from "@codemirror/state";
import { EditorView, keymap, ViewPlugin } from "@codemirror/view";
import { literalAt, stepLiteral, type StepMode } from "./number-literal";

const USER_EVENT = "input.scrub";
/** Pixels of pointer travel per step while Alt-dragging a number. */
const PIXELS_PER_STEP = 4;

/**
 * A run of changes to one literal (a drag, a slider move) that the editor's history records as one
 * step: each intermediate value is applied outside the history; at the end the start value is put
 * back, again outside the history, and the final value applied as a single isolated history event.
 */
export class ScrubSession {
  private readonly from: number;
  private to: number;
  private readonly startText: string;

  constructor(
    private readonly view: EditorView,
    from: number,
    to: number,
  ) {
    this.from = from;
    this.to = to;
    this.startText = view.state.doc.sliceString(from, to);
  }

  set(text: string): void {
    if (text === this.view.state.doc.sliceString(this.from, this.to)) return;
    this.view.dispatch({
      changes: { from: this.from, to: this.to, insert: text },
      annotations: [Transaction.addToHistory.of(false), Transaction.userEvent.of(USER_EVENT)],
    });
    this.to = this.from + text.length;
  }

  end(): void {
    const finalText = this.view.state.doc.sliceString(this.from, this.to);
    if (finalText === this.startText) return;
    this.view.dispatch({
      changes: { from: this.from, to: this.to, insert: this.startText },
      annotations: Transaction.addToHistory.of(false),
    });
    this.view.dispatch({
      changes: { from: this.from, to: this.from + this.startText.length, insert: finalText },
      annotations: [isolateHistory.of("full"), Transaction.userEvent.of(USER_EVENT)],
    });
  }
}

const modeOf = (event: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }): StepMode =>
  event.shiftKey ? "coarse" : event.ctrlKey || event.metaKey ? "fine" : "normal";

/** Alt-drag (Option-drag) over a number changes it continuously; Shift coarser, Ctrl/⌘ finer. */
const altDrag = ViewPlugin.fromClass(
  class {
    private stop: (() => void) | undefined;

    constructor(readonly view: EditorView) {}

    begin(event: PointerEvent): boolean {
      const pos = this.view.posAtCoords({ x: event.clientX, y: event.clientY });
      if (pos === null) return false;
      const line = this.view.state.doc.lineAt(pos);
      const literal = literalAt(line.text, pos - line.from);
      if (!literal) return false;
      event.preventDefault();
      const session = new ScrubSession(this.view, line.from + literal.from, line.from + literal.to);
      const startX = event.clientX;
      let latest = event;
      let frame = 0;
      const apply = () => {
        frame = 0;
        session.set(stepLiteral(literal.text, Math.round((latest.clientX - startX) / PIXELS_PER_STEP), modeOf(latest)));
      };
      const move = (e: PointerEvent) => {
        latest = e;
        frame ||= requestAnimationFrame(apply); // at most one change (and one rerun) per frame
      };
      const up = () => {
        if (frame) {
          cancelAnimationFrame(frame);
          apply();
        }
        session.end();
        this.stop?.();
      };
      window.addEventListener("pointermove", move);
      window.addEventListener("pointerup", up);
      window.addEventListener("pointercancel", up);
      this.view.dom.classList.add("cm-scrubbing");
      this.stop = () => {
        window.removeEventListener("pointermove", move);
        window.removeEventListener("pointerup", up);
        window.removeEventListener("pointercancel", up);
        this.view.dom.classList.remove("cm-scrubbing");
        this.stop = undefined;
      };
      return true;
    }

    destroy() {
      this.stop?.();
    }
  },
  {
    eventHandlers: {
      pointerdown(event) {
        return event.altKey && event.button === 0 ? this.begin(event) : false;
      },
    },
  },
);

/** Steps the number at the cursor, as one history step, and tells screen readers its new value. */
function stepAtCursor(steps: number, mode: StepMode) {
  return (view: EditorView): boolean => {
    const head = view.state.selection.main.head;
    const line = view.state.doc.lineAt(head);
    const literal = literalAt(line.text, head - line.from);
    if (!literal) return false; // Alt+↑/↓ keeps its usual meaning (move line) elsewhere
    const text = stepLiteral(literal.text, steps, mode);
    const from = line.from + literal.from;
    view.dispatch({
      changes: { from, to: line.from + literal.to, insert: text },
      selection: { anchor: Math.min(head, from + text.length) },
      annotations: [isolateHistory.of("full"), Transaction.userEvent.of(USER_EVENT)],
      effects: EditorView.announce.of(`${literal.text} changed to ${text}`),
    });
    return true;
  };
}

const stepKeys = Prec.highest(
  keymap.of([
    { key: "Alt-ArrowUp", run: stepAtCursor(1, "normal") },
    { key: "Alt-ArrowDown", run: stepAtCursor(-1, "normal") },
    { key: "Shift-Alt-ArrowUp", run: stepAtCursor(1, "coarse") },
    { key: "Shift-Alt-ArrowDown", run: stepAtCursor(-1, "coarse") },
    { key: "Mod-Alt-ArrowUp", run: stepAtCursor(1, "fine") },
    { key: "Mod-Alt-ArrowDown", run: stepAtCursor(-1, "fine") },
  ]),
);

/** Scrubbing numbers in the editor: Alt-drag and Alt+↑/↓ (Shift coarser, Ctrl/⌘ finer). */
export const numberScrubbing = [altDrag, stepKeys];
