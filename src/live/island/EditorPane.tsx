import { memo, startTransition, useEffect, useMemo, useRef, type RefObject } from "react";
import { CodeEditor, SandpackProvider, type CodeEditorRef } from "@codesandbox/sandpack-react";
import { Transaction } from "@codemirror/state";
import type { EditorView } from "@codemirror/view";
import { editEvents, loadingCode } from "../editor/edit-events";
import { editorLayout } from "../editor/editor-layout";
import { PASSING_KEYS, replayKey } from "../editor/replay-key";
import { editorTheme } from "../editor/editor-theme";
import { numberScrubbing } from "../editor/scrub";

const FILE = "/snippet.ts";
const CUSTOM_SETUP = { entry: FILE };
const PROVIDER_OPTIONS = { activeFile: FILE, visibleFiles: [FILE], autorun: false, initMode: "immediate" as const };
/** Sandpack's file: empty, so its editor's re-render on each key has nothing to highlight (see below). */
const FILES = { [FILE]: { code: "", active: true } };

interface EditorPaneProps {
  /** The code the editor opens with (later changes are the editor's own). */
  initialCode: string;
  /** Called with the whole code at every edit, while the edit's transaction is made (see edit-events.ts). */
  onEdit: RefObject<(code: string) => void>;
  editor: RefObject<CodeEditorRef | null>;
  labelledBy: string;
  describedBy: string;
}

/**
 * CodeMirror's view applies transactions inside a React transition: Sandpack's editor component sets
 * its own state on every change and re-renders, and as a transition that render waits behind the
 * frame that shows the key and the chart, instead of running in the key's own task.
 */
function updateAsTransition(view: EditorView): void {
  (view as unknown as { dispatchTransactions: (trs: readonly Transaction[]) => void }).dispatchTransactions = (trs) =>
    startTransition(() => view.update(trs));
}

/**
 * Sandpack as an editor only: its provider (no bundler is ever started) around its bare CodeMirror
 * component, made at once (not when scrolled to). Each key's path holds only CodeMirror's own work and
 * the edit handed over (`editEvents`); Sandpack's per-key re-render is kept off it: its editor is given
 * no code to re-highlight (the block's code is loaded into the view directly) and renders as a
 * transition. Memoised: nothing the block renders afterwards re-renders the editor.
 */
export const EditorPane = memo(function EditorPane({
  initialCode,
  onEdit,
  editor,
  labelledBy,
  describedBy,
}: EditorPaneProps) {
  const extensions = useMemo(
    // One identity for the editor's life: Sandpack appends `extensions` again whenever the array changes.
    () => [editorLayout, numberScrubbing, editEvents((code) => onEdit.current(code))],
    [onEdit],
  );
  // The first code only: after it the editor owns the code.
  const firstCode = useRef(initialCode);
  // Sandpack's effects (its child's) have made the view: load the first code, not as an edit nor as
  // an undo step.
  useEffect(() => {
    const view = editor.current?.getCodemirror();
    if (!view) return;
    updateAsTransition(view);
    view.dispatch({
      changes: { from: 0, to: view.state.doc.length, insert: firstCode.current },
      annotations: [loadingCode.of(true), Transaction.addToHistory.of(false)],
    });
  }, [editor]);
  // Sandpack's box takes the focus first (Enter enters the editor, Escape leaves it): a key typed
  // there enters the editor and does what it does, rather than being lost.
  const onKeyDown = (event: React.KeyboardEvent) => {
    const view = editor.current?.getCodemirror();
    if (!view || view.contentDOM.contains(event.target as Node) || PASSING_KEYS.has(event.key) || event.key === "Enter")
      return;
    event.preventDefault();
    view.focus();
    replayKey(view, event.nativeEvent);
  };
  return (
    <div
      className="live-editor"
      role="group"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
    >
      <SandpackProvider files={FILES} customSetup={CUSTOM_SETUP} options={PROVIDER_OPTIONS} theme={editorTheme}>
        <CodeEditor
          ref={editor}
          code=""
          filePath={FILE}
          initMode="immediate"
          showLineNumbers
          wrapContent={false}
          extensions={extensions}
        />
      </SandpackProvider>
    </div>
  );
});
