import { useMemo, useRef, type RefObject } from "react";
import type { CodeEditorRef } from "@codesandbox/sandpack-react";
import { formatForStep, rangeParameters } from "../editor/range-parameters";
import { ScrubSession } from "../editor/scrub";

/**
 * Sliders for the snippet's `const name = 1.2; // range a .. b` lines, bound both ways to the code:
 * moving a slider rewrites its literal (one undo step per move); editing the code moves the slider.
 */
export function ParameterSliders({
  code,
  editor,
  blockId,
}: {
  code: string;
  editor: RefObject<CodeEditorRef | null>;
  blockId: string;
}) {
  const parameters = useMemo(() => rangeParameters(code), [code]);
  const session = useRef<ScrubSession | undefined>(undefined);
  if (parameters.length === 0) return null;

  const move = (name: string, value: number, step: number) => {
    const view = editor.current?.getCodemirror();
    if (!view) return;
    if (!session.current) {
      // Positions from the editor's own text, which is never behind the slider.
      const fresh = rangeParameters(view.state.doc.toString()).find((p) => p.name === name);
      if (!fresh) return;
      session.current = new ScrubSession(view, fresh.from, fresh.to);
    }
    session.current.set(formatForStep(value, step));
  };
  const release = () => {
    session.current?.end();
    session.current = undefined;
  };

  return (
    <div className="live-parameters" role="group" aria-label="Parameters of this figure">
      {parameters.map((p) => {
        const id = `${blockId}-param-${p.name}`;
        return (
          <div className="live-parameter" key={p.name}>
            <label htmlFor={id}>
              <code>{p.name}</code>
            </label>
            <input
              id={id}
              type="range"
              min={p.min}
              max={p.max}
              step={p.step}
              value={p.value}
              onChange={(e) => move(p.name, Number(e.currentTarget.value), p.step)}
              onPointerUp={release}
              onKeyUp={release}
              onBlur={release}
              aria-valuetext={`${p.name} = ${formatForStep(p.value, p.step)}`}
            />
            <output htmlFor={id}>{formatForStep(p.value, p.step)}</output>
            <span className="live-parameter-range">
              {p.min} … {p.max}
            </span>
          </div>
        );
      })}
    </div>
  );
}
