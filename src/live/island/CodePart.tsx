import { forwardRef, type ReactNode, type RefObject } from "react";
import type { CodeEditorRef } from "@codesandbox/sandpack-react";
import type { ConsoleOutput } from "../runner/console-capture";
import { CodeBar } from "./CodeBar";
import { ConsoleView } from "./ConsoleView";
import { EditorPane } from "./EditorPane";
import { StatusLine, type RunStatus } from "./StatusLine";

interface CodePartProps {
  blockId: string;
  /** The notes above the code (a saved edit that stopped the page, a changed book, another tab …). */
  notices: ReactNode;
  /** The block's menu (share, embed, export, pin), in the bar. */
  menu: ReactNode;
  edited: boolean;
  /** The code shown is a shared version (from a link), not the reader's. */
  shared: boolean;
  /** Absent while Reset does not apply (a shared version is shown: its notice says what to do). */
  onReset: (() => void) | undefined;
  initialCode: string;
  onEdit: RefObject<(code: string) => void>;
  editor: RefObject<CodeEditorRef | null>;
  status: RunStatus;
  output: ConsoleOutput;
}

/**
 * The code part of a live block, in place of the static one: notices, the bar (title, help, menu, Reset),
 * the editor, the status of the latest run and what it printed. Laid over the static part, inert,
 * until it takes its place (useSwapIn).
 */
export const CodePart = forwardRef<HTMLDivElement, CodePartProps>(function CodePart(
  { blockId, notices, menu, edited, shared, onReset, initialCode, onEdit, editor, status, output },
  ref,
) {
  return (
    <div className="live-part live-block" data-status={status.state} ref={ref} inert>
      {notices}
      <CodeBar blockId={blockId} edited={edited} shared={shared} onReset={onReset} menu={menu} />
      <EditorPane
        initialCode={initialCode}
        onEdit={onEdit}
        editor={editor}
        labelledBy={`${blockId}-editor-label`}
        describedBy={`${blockId}-editor-hint`}
      />
      <StatusLine status={status} />
      <ConsoleView output={output} />
    </div>
  );
});
