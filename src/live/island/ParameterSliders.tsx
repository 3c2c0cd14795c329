import { formatForStep, type RangeParameter } from "../editor/range-parameters";

interface ParameterSlidersProps {
  blockId: string;
  parameters: RangeParameter[];
  /** A slider moved to `value` (absent on the static page, where moving one brings the block alive). */
  onMove?: (parameter: RangeParameter, value: number) => void;
  /** A slider let go: the move becomes one undo step. */
  onRelease?: () => void;
}

/**
 * Sliders for the snippet's `const name = 1.2; // range a .. b` lines. The same markup on the static
 * page and in the live block; live, they are bound both ways to the code.
 */
export function ParameterSliders({ blockId, parameters, onMove, onRelease }: ParameterSlidersProps) {
  if (parameters.length === 0) return null;
  return (
    <div className="live-parameters" role="group" aria-label="Parameters of this figure">
      {parameters.map((p) => {
        const id = `${blockId}-param-${p.name}`;
        const shown = formatForStep(p.value, p.step);
        const live = onMove
          ? {
              value: p.value,
              onChange: (e: { currentTarget: HTMLInputElement }) => onMove(p, Number(e.currentTarget.value)),
            }
          : { defaultValue: p.value };
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
              data-parameter={p.name}
              {...live}
              onPointerUp={onRelease}
              onKeyUp={onRelease}
              onBlur={onRelease}
              aria-valuetext={`${p.name} = ${shown}`}
            />
            <output htmlFor={id}>{shown}</output>
            <span className="live-parameter-range">
              {p.min} … {p.max}
            </span>
          </div>
        );
      })}
    </div>
  );
}
