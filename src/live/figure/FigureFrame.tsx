import type { HTMLAttributes, ReactNode } from "react";
import { MAX_LABEL_LENGTH, type Figure, type Panel, type Series } from "@descent/numerics";
import { describePinnedPanel } from "./describe-figure";
import { labelParts } from "./label-text";
import { markOf } from "./marks";

/**
 * A label with its sub- and superscripts as real ones. Labels are checked to be at most
 * `MAX_LABEL_LENGTH` characters before they reach the page; a longer one (never from a checked
 * figure) is shown as plain text, clipped, rather than as thousands of elements.
 */
export function Label({ text }: { text: string }) {
  if (text.length > MAX_LABEL_LENGTH) return <>{`${text.slice(0, MAX_LABEL_LENGTH)}…`}</>;
  return (
    <>
      {labelParts(text).map((part, i) =>
        part.shift === "sub" ? (
          <sub key={i}>{part.text}</sub>
        ) : part.shift === "sup" ? (
          <sup key={i}>{part.text}</sup>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

function Swatch({ series, pinned = false }: { series: Series; pinned?: boolean }) {
  const kind = markOf(series).swatch(series);
  const faint = pinned ? " panel-swatch-pinned" : "";
  return (
    <span className={`panel-swatch panel-swatch-${kind} tone-${series.tone ?? "blue"}${faint}`} aria-hidden="true" />
  );
}

/**
 * One panel's frame: title, legend, axis labels and, in the middle, its plot (an SVG at build time,
 * a chart once live), which carries the panel's text alternative. The same markup in both, so the
 * swap from the book's figure to the live one moves nothing. A pinned run adds a legend entry "pinned".
 */
export function PanelFrame({
  panel,
  children,
  plotProps,
  pinned,
}: {
  panel: Panel;
  children: ReactNode;
  /** The same panel of a pinned run, drawn faint under this one ("Pin this run"). */
  pinned?: Panel | undefined;
  /** What a live plot adds (a landscape you can click): its own role, label and handlers. */
  plotProps?: HTMLAttributes<HTMLDivElement>;
}) {
  return (
    <div className="panel">
      {panel.title && (
        <p className="panel-title">
          <Label text={panel.title} />
        </p>
      )}
      <ul className="panel-legend">
        {panel.series.map((s, i) => (
          <li key={i}>
            <Swatch series={s} /> <Label text={s.label} />
          </li>
        ))}
        {pinned?.series[0] && (
          <li className="panel-legend-pinned">
            <Swatch series={pinned.series[0]} pinned /> pinned
          </li>
        )}
      </ul>
      <div className="panel-body">
        <span className="panel-y-label">
          <Label text={panel.y.label} />
        </span>
        <div className="panel-plot" role="img" aria-label={describePinnedPanel(panel, pinned)} {...plotProps}>
          {children}
        </div>
        <span className="panel-x-label">
          <Label text={panel.x.label} />
        </span>
      </div>
    </div>
  );
}

/** A figure's panels side by side (stacked on narrow screens), each plot drawn by `plot`. */
export function FigureFrame({
  figure,
  plot,
  plotProps,
  className = "",
  pinned,
}: {
  figure: Figure;
  /** A pinned run's figure, its panels laid faint under these. */
  pinned?: Figure | undefined;
  plot: (panel: Panel, index: number) => ReactNode;
  plotProps?: (panel: Panel, index: number) => HTMLAttributes<HTMLDivElement> | undefined;
  className?: string;
}) {
  return (
    <div className={`figure-panels ${className}`} data-panels={figure.panels.length}>
      {figure.panels.map((panel, i) => (
        <PanelFrame key={i} panel={panel} plotProps={plotProps?.(panel, i)} pinned={pinned?.panels[i]}>
          {plot(panel, i)}
        </PanelFrame>
      ))}
    </div>
  );
}
