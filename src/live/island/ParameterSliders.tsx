import { useEffect, useRef } from "react";
import { formatForStep, type RangeParameter } from "../editor/range-parameters";

interface ParameterSlidersProps {
  blockId: string;
  parameters: RangeParameter[];
  /** A slider moved to `value` (absent on the static page, where moving one brings the block alive). */
  onMove?: (parameter: RangeParameter, value: number) => void;
  /** A slider let go: the move becomes one undo step. */
  onRelease?: () => void;
  /** The value a slider is being moved to (shown beside it while the code still holds the old one). */
  moving?: { name: string; value: number } | undefined;
}

/**
 * One slider. Its thumb is the browser's own (not held by React), so it follows the pointer or keys at
 * once; it is set from the code's literal whenever that changes (the code is the truth), except while
 * the slider has the focus: then it is the one changing the code, and the code catches up with it.
 */
function Slider({
  id,
  parameter: p,
  shown,
  onMove,
  onRelease,
}: {
  id: string;
  parameter: RangeParameter;
  shown: number;
  onMove: ParameterSlidersProps["onMove"];
  onRelease: ParameterSlidersProps["onRelease"];
}) {
  const input = useRef<HTMLInputElement>(null);
  const follow = () => {
    if (input.current && Number(input.current.value) !== p.value) input.current.value = String(p.value);
  };
  useEffect(() => {
    if (document.activeElement !== input.current) follow();
  });
  const text = formatForStep(shown, p.step);
  return (
    <div className="live-parameter">
      <label htmlFor={id}>
        <code>{p.name}</code>
      </label>
      <input
        ref={input}
        id={id}
        type="range"
        min={p.min}
        max={p.max}
        step={p.step}
        data-parameter={p.name}
        defaultValue={p.value}
        onChange={onMove && ((e) => onMove(p, Number(e.currentTarget.value)))}
        onPointerUp={onRelease}
        onKeyUp={onRelease}
        onBlur={() => {
          onRelease?.();
          follow();
        }}
        aria-valuetext={`${p.name} = ${text}`}
      />
      <output htmlFor={id}>{text}</output>
      <span className="live-parameter-range">
        {p.min} … {p.max}
      </span>
    </div>
  );
}

/**
 * Sliders for the snippet's `const name = 1.2; // range a .. b` lines. The same markup on the static
 * page and in the live block; live, they are bound both ways to the code.
 */
export function ParameterSliders({ blockId, parameters, onMove, onRelease, moving }: ParameterSlidersProps) {
  if (parameters.length === 0) return null;
  return (
    <div className="live-parameters" role="group" aria-label="Parameters of this figure">
      {parameters.map((p) => (
        <Slider
          key={p.name}
          id={`${blockId}-param-${p.name}`}
          parameter={p}
          shown={moving?.name === p.name ? moving.value : p.value}
          onMove={onMove}
          onRelease={onRelease}
        />
      ))}
    </div>
  );
}
