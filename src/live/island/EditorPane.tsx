import { memo, useMemo, type RefObject } from "react";
import { CodeEditor, SandpackProvider, type CodeEditorRef } from "@codesandbox/sandpack-react";
import { editorLayout } from "../editor/editor-layout";
import { PASSING_KEYS, replayKey } from "../editor/replay-key";
import { editorTheme } from "../editor/editor-theme";
import { numberScrubbing } from "../editor/scrub";

const FILE = "/snippet.ts";
const CUSTOM_SETUP = { entry: FILE };
const PROVIDER_OPTIONS = { activeFile: FILE, visibleFiles: [FILE], autorun: false, initMode: "immediate" as const };
/** One identity: Sandpack appends `extensions` again whenever the array changes. */
const EXTENSIONS = [editorLayout, numberScrubbing];

interface EditorPaneProps {
  /** The code the editor opens with (later changes are the editor's own). */
  initialCode: string;
  /** Called with the whole code after every change, in the task of the change. */
  onEdit: RefObject<(code: string) => void>;
  editor: RefObject<CodeEditorRef | null>;
  labelledBy: string;
  describedBy: string;
}

/**
 * Sandpack as an editor only: its provider (no bundler is ever started) around its bare CodeMirror
 * component, made at once (not when scrolled to), whose own update callback hands each edit over;
 * Sandpack's file state does not change per key. Memoised: nothing the block renders afterwards
 * re-renders the editor.
 */
export const EditorPane = memo(function EditorPane({
  initialCode,
  onEdit,
  editor,
  labelledBy,
  describedBy,
}: EditorPaneProps) {
  // The first code only: after its first render the editor owns the code.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const files = useMemo(() => ({ [FILE]: { code: initialCode, active: true } }), []);
  const onCodeUpdate = useMemo(() => (code: string) => onEdit.current(code), [onEdit]);
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
      <SandpackProvider files={files} customSetup={CUSTOM_SETUP} options={PROVIDER_OPTIONS} theme={editorTheme}>
        <CodeEditor
          ref={editor}
          code={files[FILE]!.code}
          filePath={FILE}
          initMode="immediate"
          showLineNumbers
          wrapContent={false}
          extensions={EXTENSIONS}
          onCodeUpdate={onCodeUpdate}
        />
      </SandpackProvider>
    </div>
  );
});
