import { EditorSelection } from "@codemirror/state";
import type { EditorView } from "@codemirror/view";
import { formatForStep, rangeParameters } from "../editor/range-parameters";
import { replayKey } from "../editor/replay-key";
import { ScrubSession } from "../editor/scrub";
import type { Intent } from "./intent";

/**
 * Carries over what the reader did to reach for a block, now that its editor is there: the caret
 * where they clicked, the keys they typed meanwhile, the slider they moved (its value written into
 * the code, one undo step), the number they began to drag, the focus where it was (and the block's
 * menu opened if that was what they clicked).
 */
export function applyIntent(intent: Intent, view: EditorView, params: HTMLElement): void {
  intent.delivered();
  if (intent.caret !== undefined) {
    view.dispatch({ selection: EditorSelection.cursor(Math.min(intent.caret, view.state.doc.length)) });
  }
  if (intent.slider) {
    const { name, value } = intent.slider;
    const parameter = rangeParameters(view.state.doc.toString()).find((p) => p.name === name);
    if (parameter) {
      const session = new ScrubSession(view, parameter.from, parameter.to);
      session.set(formatForStep(value, parameter.step));
      session.end();
    }
  }
  const focus = intent.focus;
  const menu = view.dom.closest(".live-block")?.querySelector<HTMLButtonElement>("[data-block-menu]");
  if (intent.openMenu || (focus && "menu" in focus)) {
    menu?.focus();
    if (intent.openMenu) menu?.click();
  } else if (focus && "slider" in focus) {
    params.querySelector<HTMLInputElement>(`input[data-parameter="${CSS.escape(focus.slider)}"]`)?.focus();
  } else if (intent.caret !== undefined || intent.keys.length > 0) {
    view.focus(); // a click in the code or a key typed: into the editor
  } else if (focus) {
    // Tabbed to: the editor's box takes the focus, as on a live block (Enter enters it), so the next
    // Tab moves on through the page instead of indenting the code.
    (view.dom.closest<HTMLElement>("[tabindex='0']") ?? view.contentDOM).focus();
  }
  for (const key of intent.keys.splice(0)) replayKey(view, key);
  if (intent.scrub?.held()) {
    const { clientX, clientY } = intent.scrub;
    view.contentDOM.dispatchEvent(
      new PointerEvent("pointerdown", { bubbles: true, altKey: true, button: 0, clientX, clientY }),
    );
  }
}
