import { Transaction } from "@codemirror/state";
import { runScopeHandlers, type EditorView } from "@codemirror/view";

/**
 * Does in the editor what a key typed elsewhere would have done there: its key binding if it has one
 * (arrows, Backspace, Enter…), else its character at the caret. For keys typed before the editor was
 * there, and for keys typed on the editor's box before entering it.
 */
export function replayKey(view: EditorView, key: KeyboardEvent): void {
  if (runScopeHandlers(view, key, "editor")) return;
  if (key.key.length !== 1 || key.ctrlKey || key.metaKey || key.altKey) return;
  view.dispatch(view.state.replaceSelection(key.key), {
    annotations: Transaction.userEvent.of("input.type"),
    scrollIntoView: true,
  });
}

/** Keys that move the focus or only modify others: they keep their meaning outside the editor. */
export const PASSING_KEYS = new Set(["Tab", "Escape", "Shift", "Control", "Alt", "Meta", "CapsLock"]);
