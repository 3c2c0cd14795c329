import type { ReactNode, RefObject } from "react";
import type { CodeEditorRef } from "@codesandbox/sandpack-react";
import { SharedNotice } from "../share/SharedNotice";
import type { useSharedVersion } from "../share/useSharedVersion";
import { BlockNotices } from "./BlockNotices";
import type { CodeStore } from "./code-store";
import { replaceEditorCode } from "./editor-code";
import type { useRunningGuard } from "./useRunningGuard";
import type { useSavedEdit } from "./useSavedEdit";

interface CodeNoticesProps {
  savedEdit: ReturnType<typeof useSavedEdit>;
  guard: ReturnType<typeof useRunningGuard>;
  sharing: ReturnType<typeof useSharedVersion>;
  /** Runs code (again). */
  run: (code: string, again?: boolean) => void;
  onReset: () => void;
  editor: RefObject<CodeEditorRef | null>;
  code: CodeStore;
  bookCode: string;
}

/**
 * The notes above a block's code: a shared version's alone while it is shown (the reader's own
 * version waits, with its own notes, behind "Back to mine"), else the block's usual ones.
 */
export function CodeNotices(props: CodeNoticesProps): ReactNode {
  const { savedEdit, guard, sharing, run, onReset, editor, code, bookCode } = props;
  const load = (text: string) => replaceEditorCode(editor, text);
  if (sharing.shared) {
    // A saved edit that stopped the page last time comes back as it came: shown, not run (the book's figure).
    const back = guard.guarded
      ? (text: string) => {
          replaceEditorCode(editor, text, true);
          code.set(text);
          run(bookCode);
        }
      : load;
    return (
      <SharedNotice
        edited={savedEdit.saved !== undefined}
        onKeep={sharing.keepIt}
        onBack={() => sharing.backToMine(back)}
      />
    );
  }
  return (
    <BlockNotices
      savedEdit={savedEdit}
      guarded={guard.guarded}
      onRunAnyway={() => guard.runAnyway(() => run(code.get(), true))}
      onReset={onReset}
      onLoad={load}
      current={code.get}
    />
  );
}
