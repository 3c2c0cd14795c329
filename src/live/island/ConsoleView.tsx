import type { ConsoleOutput } from "../runner/console-capture";

/** What the snippet printed: the last lines, and how many earlier ones were dropped. */
export function ConsoleView({ output }: { output: ConsoleOutput }) {
  if (output.lines.length === 0) return null;
  return (
    <div className="live-console" aria-label="Console output" role="log" tabIndex={0}>
      {output.dropped > 0 && (
        <p className="live-console-dropped">… {output.dropped.toLocaleString("en")} earlier lines not shown</p>
      )}
      {output.lines.map((line, i) => (
        <pre key={i} className={`live-console-${line.level}`}>
          {line.text}
        </pre>
      ))}
    </div>
  );
}
