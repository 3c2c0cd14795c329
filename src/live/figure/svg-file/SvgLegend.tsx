import { markOf, PINNED_OPACITY } from "../marks";
import { entryWidth, TEXT, type LegendEntry } from "./layout";
import { SvgLabel } from "./SvgLabel";

/** A legend swatch as the page's CSS draws it (live-block.css): a line, a dashed line, a dot or a bar. */
function Swatch({ entry, x, y }: { entry: LegendEntry; x: number; y: number }) {
  const { series } = entry;
  const kind = markOf(series).swatch(series);
  const shape =
    kind === "dot" ? (
      <circle cx={x + TEXT.swatch / 2} cy={y} r={4} fill="currentColor" />
    ) : kind === "bar" ? (
      <rect x={x + 2} y={y - 4} width={12} height={8} fill="currentColor" fillOpacity={0.35} stroke="currentColor" />
    ) : (
      <path
        d={`M${x} ${y}h${TEXT.swatch}`}
        stroke="currentColor"
        strokeWidth={2}
        strokeDasharray={kind === "dashed" ? "4 3" : undefined}
      />
    );
  return (
    <g className={`tone-${series.tone ?? "blue"}`} opacity={entry.faint ? PINNED_OPACITY : undefined}>
      {shape}
    </g>
  );
}

/** A panel's legend: rows of entries, each row centred over the panel's `width`, its baseline at `y`. */
export function SvgLegend({
  rows,
  width,
}: {
  rows: { entries: LegendEntry[]; width: number; y: number }[];
  width: number;
}) {
  return (
    <>
      {rows.map((row, r) => {
        let x = (width - row.width) / 2;
        return row.entries.map((entry, i) => {
          const at = x;
          x += entryWidth(entry);
          return (
            <g key={`${r}-${i}`}>
              <Swatch entry={entry} x={at} y={row.y - 4} />
              <text className="fig-legend" x={at + TEXT.swatch + TEXT.swatchGap} y={row.y}>
                <SvgLabel text={entry.label} />
              </text>
            </g>
          );
        });
      })}
    </>
  );
}
