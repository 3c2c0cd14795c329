import { setDiagnostics, type Diagnostic } from "@codemirror/lint";
import type { EditorView } from "@codemirror/view";
import type { SnippetError } from "../runner/run-result";

/** The editor's error marker for a failed run: from the error's column to the end of its line. */
export function diagnosticsFor(view: EditorView, error: SnippetError | undefined): Diagnostic[] {
  if (error?.line === undefined || error.line < 1 || error.line > view.state.doc.lines) return [];
  const line = view.state.doc.line(error.line);
  const from = Math.min(line.from + Math.max(0, (error.column ?? 1) - 1), line.to);
  return [{ from, to: Math.max(from, line.to), severity: "error", message: error.message }];
}

/**
 * Marks a run's error in the editor, or clears the mark. A transaction of the whole editor: only
 * dispatched when the marks change (`shown` remembers what is shown).
 */
export function showErrorInEditor(view: EditorView, error: SnippetError | undefined, shown: { key: string }): void {
  const diagnostics = diagnosticsFor(view, error);
  const key = JSON.stringify(diagnostics);
  if (key === shown.key) return;
  shown.key = key;
  view.dispatch(setDiagnostics(view.state, diagnostics));
}
