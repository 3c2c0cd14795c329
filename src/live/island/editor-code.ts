import type { RefObject } from "react";
import type { CodeEditorRef } from "@codesandbox/sandpack-react";
import { loadingCode } from "../editor/edit-events";

/**
 * Puts `text` in place of the editor's code: as an edit (one undo step, run and saved like typing), or,
 * `quietly`, only shown (not an edit: nothing runs or is saved; the caller keeps the block's code store).
 */
export function replaceEditorCode(editor: RefObject<CodeEditorRef | null>, text: string, quietly = false): void {
  const view = editor.current?.getCodemirror();
  view?.dispatch({
    changes: { from: 0, to: view.state.doc.length, insert: text },
    ...(quietly ? { annotations: loadingCode.of(true) } : {}),
  });
}
