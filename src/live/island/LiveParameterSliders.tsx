import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { CodeEditorRef } from "@codesandbox/sandpack-react";
import { formatForStep, rangeParameters, type RangeParameter } from "../editor/range-parameters";
import { ScrubSession } from "../editor/scrub";
import { useCodeSelector, type CodeStore } from "./code-store";
import { ParameterSliders } from "./ParameterSliders";

/**
 * The sliders bound both ways to the code: moving one rewrites its literal (one undo step a move);
 * editing the literal moves it. Re-renders only when a parameter changes, not on every key.
 */
export function LiveParameterSliders({
  blockId,
  code,
  editor,
}: {
  blockId: string;
  code: CodeStore;
  editor: RefObject<CodeEditorRef | null>;
}) {
  const key = useCodeSelector(code, (text) => JSON.stringify(rangeParameters(text)));
  const session = useRef<ScrubSession | undefined>(undefined);
  const [moving, setMoving] = useState<{ name: string; value: number } | undefined>(undefined);
  const move = useCallback(
    (parameter: RangeParameter, value: number) => {
      setMoving({ name: parameter.name, value });
      const view = editor.current?.getCodemirror();
      if (!view) return;
      if (!session.current) {
        // Positions from the editor's own text, which is never behind the slider.
        const fresh = rangeParameters(view.state.doc.toString()).find((p) => p.name === parameter.name);
        if (!fresh) return;
        session.current = new ScrubSession(view, fresh.from, fresh.to);
      }
      session.current.set(formatForStep(value, parameter.step));
    },
    [editor],
  );
  const release = useCallback(() => {
    session.current?.end();
    session.current = undefined;
  }, []);
  // The code took the value (its literal changed): it shows it from now on.
  useEffect(() => setMoving(undefined), [key]);
  return (
    <ParameterSliders
      blockId={blockId}
      parameters={JSON.parse(key) as RangeParameter[]}
      onMove={move}
      onRelease={release}
      moving={moving}
    />
  );
}
