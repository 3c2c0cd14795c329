import { isolateHistory } from "@codemirror/commands";
import { Prec, StateEffect, StateField, Transaction } from "@codemirror/state";
import { Decoration, EditorView, keymap, ViewPlugin, WidgetType } from "@codemirror/view";
import { EVENTS } from "../../lib/names";
import { literalAt, stepLiteral, type StepMode } from "./number-literal";

const USER_EVENT = "input.scrub";
/** Pixels of pointer travel per step while Alt-dragging a number. */
const PIXELS_PER_STEP = 4;

/** A literal's value while a session runs, shown in place of the code's text (which is untouched). */
interface Preview {
  from: number;
  to: number;
  text: string;
}
const setPreview = StateEffect.define<Preview | null>();

/** The value shown over the literal, in the literal's place, like a number of the code. */
class PreviewValue extends WidgetType {
  constructor(readonly text: string) {
    super();
  }
  override eq(other: PreviewValue) {
    return other.text === this.text;
  }
  toDOM() {
    const span = document.createElement("span");
    span.className = "cm-scrub-value";
    span.textContent = this.text;
    return span;
  }
}

const previewField = StateField.define<Preview | null>({
  create: () => null,
  update(value, tr) {
    for (const effect of tr.effects) if (effect.is(setPreview)) return effect.value;
    return value && tr.docChanged ? null : value; // the code changed under it: the preview is void
  },
  provide: (field) =>
    EditorView.decorations.from(field, (preview) =>
      preview
        ? Decoration.set(Decoration.replace({ widget: new PreviewValue(preview.text) }).range(preview.from, preview.to))
        : Decoration.none,
    ),
});

/** Each previewed value is announced on the editor as the code it makes, for the block to run. */
const previewRuns = EditorView.updateListener.of((update) => {
  for (const tr of update.transactions) {
    for (const effect of tr.effects) {
      if (!effect.is(setPreview) || !effect.value) continue;
      const { from, to, text } = effect.value;
      const doc = update.state.doc;
      const code = doc.sliceString(0, from) + text + doc.sliceString(to);
      update.view.dom.dispatchEvent(new CustomEvent(EVENTS.codePreview, { detail: code, bubbles: true }));
    }
  }
});

/**
 * A run of changes to one literal (a drag, a slider move, a start point dragged on a landscape) that
 * the editor's history records as one step. While it runs, the code is not changed: each value is
 * shown over the literal and run as the code it would make. At the end the final value is written
 * into the code, once, as a single isolated history event. (Changing the code outside the history
 * while the session ran, and putting it back, would spoil the earlier undo steps of the same literal:
 * the history maps them through such changes and loses what they replaced.)
 */
export class ScrubSession {
  private readonly from: number;
  private readonly to: number;
  private readonly startText: string;
  private current: string;

  constructor(
    private readonly view: EditorView,
    from: number,
    to: number,
  ) {
    this.from = from;
    this.to = to;
    this.startText = view.state.doc.sliceString(from, to);
    this.current = this.startText;
  }

  set(text: string): void {
    if (text === this.current) return;
    this.current = text;
    this.view.dispatch({ effects: setPreview.of({ from: this.from, to: this.to, text }) });
  }

  end(): void {
    const unchanged = this.current === this.startText;
    // The code changed meanwhile under the literal (it should not): nothing is written over it.
    const moved = this.view.state.doc.sliceString(this.from, this.to) !== this.startText;
    this.view.dispatch({
      effects: setPreview.of(null),
      ...(unchanged || moved
        ? {}
        : {
            changes: { from: this.from, to: this.to, insert: this.current },
            annotations: [isolateHistory.of("full"), Transaction.userEvent.of(USER_EVENT)],
          }),
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
export const numberScrubbing = [previewField, previewRuns, altDrag, stepKeys];
