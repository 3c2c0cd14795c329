import { memo, useMemo, type RefObject } from "react";
import { CodeEditor, SandpackProvider, type CodeEditorRef } from "@codesandbox/sandpack-react";
import { lintGutter } from "@codemirror/lint";
import { editorTheme } from "../editor/editor-theme";
import { numberScrubbing } from "../editor/scrub";

const FILE = "/snippet.ts";
const CUSTOM_SETUP = { entry: FILE };
const PROVIDER_OPTIONS = { activeFile: FILE, visibleFiles: [FILE], autorun: false, initMode: "immediate" as const };

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
 * component, whose own update callback hands each edit over; Sandpack's file state does not change
 * per key. Memoised: nothing the block renders afterwards re-renders the editor.
 */
export const EditorPane = memo(function EditorPane({
  initialCode,
  onEdit,
  editor,
  labelledBy,
  describedBy,
}: EditorPaneProps) {
  // One identity each: Sandpack appends `extensions` again whenever the array changes, and captures the callback once.
  // The first code only: after its first render the editor owns the code.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const files = useMemo(() => ({ [FILE]: { code: initialCode, active: true } }), []);
  const extensions = useMemo(() => [lintGutter(), numberScrubbing], []);
  const onCodeUpdate = useMemo(() => (code: string) => onEdit.current(code), [onEdit]);
  return (
    <div className="live-editor" role="group" aria-labelledby={labelledBy} aria-describedby={describedBy}>
      <SandpackProvider files={files} customSetup={CUSTOM_SETUP} options={PROVIDER_OPTIONS} theme={editorTheme}>
        <div className="sp-code-editor">
          <CodeEditor
            ref={editor}
            code={files[FILE]!.code}
            filePath={FILE}
            initMode="immediate"
            showLineNumbers
            wrapContent={false}
            extensions={extensions}
            onCodeUpdate={onCodeUpdate}
          />
        </div>
      </SandpackProvider>
    </div>
  );
});
