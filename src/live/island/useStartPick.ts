import { useCallback, useMemo, useRef, type RefObject } from "react";
import { undo } from "@codemirror/commands";
import type { CodeEditorRef } from "@codesandbox/sandpack-react";
import { ScrubSession } from "../editor/scrub";
import { startLiteral, startPoint } from "../editor/start-point";
import type { Pick } from "../figure/landscape-picking";
import { useCodeSelector, type CodeStore } from "./code-store";

const startKeyOf = (text: string) => JSON.stringify(startPoint(text) ?? null);

/**
 * A landscape as a place to set the code's start point (`const start = [x, y]; // start …`): a click,
 * a drag or an arrow key rewrites the literal, one undo step each (a drag previews each point and
 * writes once); Ctrl/⌘+Z there undoes in the code's own history. Undefined when the code has no start.
 */
export function useStartPick(editor: RefObject<CodeEditorRef | null>, code: CodeStore) {
  const startKey = useCodeSelector(code, startKeyOf);
  const session = useRef<ScrubSession | undefined>(undefined);
  const onPick = useCallback<Pick>(
    (point, phase) => {
      const view = editor.current?.getCodemirror();
      if (view && phase === "undo") {
        undo(view); // the same as Ctrl+Z in the editor
        return;
      }
      const current = view && startPoint(view.state.doc.toString());
      if (!view || !current) return;
      if (phase === "start" || phase === "step" || !session.current) {
        session.current = new ScrubSession(view, current.from, current.to);
      }
      session.current.set(startLiteral(point.x, point.y, current.decimals));
      if (phase === "end" || phase === "step") {
        session.current.end();
        session.current = undefined;
      }
    },
    [editor],
  );
  // Whether the code has a start follows the code after the paint; where it is, a key reads from the code.
  const hasStart = startKey !== "null";
  const start = useCallback(() => {
    const code = editor.current?.getCodemirror()?.state.doc.toString();
    const now = code === undefined ? undefined : startPoint(code);
    const shown = JSON.parse(startKey) as { x: number; y: number } | null;
    return now ? { x: now.x, y: now.y } : shown!;
  }, [editor, startKey]);
  return useMemo(() => (hasStart ? { start, onPick } : undefined), [hasStart, start, onPick]);
}
