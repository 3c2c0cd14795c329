import type { SnippetError } from "../runner/run-result";

/** Where a block's latest run stands. */
export type RunStatus =
  | { state: "idle" | "running" }
  /** A first result at `fraction` of the code's steps, shown while the whole run goes on. */
  | { state: "coarse"; fraction: number }
  | { state: "done"; ms: number; notes: string[] }
  | { state: "failed"; error: SnippetError };

const TITLES: Record<SnippetError["kind"], string> = {
  syntax: "Syntax error",
  runtime: "Error",
  figure: "Cannot draw this",
  timeout: "Stopped",
  crash: "Runner failed",
  check: "The exercise's check failed (not your code)",
  refused: "Not run",
};

/**
 * "Done in 3 ms." (and notes), "Running…", a coarse first result, or the error with its line and
 * column, announced to screen readers.
 */
export function StatusLine({ status }: { status: RunStatus }) {
  let text = "";
  if (status.state === "running") text = "Running…";
  else if (status.state === "coarse")
    text = `Coarse result (${Math.max(1, Math.round(status.fraction * 100))} % of the steps); refining…`;
  else if (status.state === "done")
    text = [`Done in ${Math.max(1, Math.round(status.ms))} ms.`, ...status.notes].join(" ");
  else if (status.state === "failed") text = "The figure shows the last code that ran.";
  const error = status.state === "failed" ? status.error : undefined;
  const place =
    error?.line !== undefined
      ? ` at line ${error.line}${error.column !== undefined ? `, column ${error.column}` : ""}`
      : "";
  return (
    <>
      <p className="live-status" role="status">
        {text}
      </p>
      <div className="live-error" role="alert">
        {error && (
          <p>
            <strong>{TITLES[error.kind]}</strong>
            {place}: {error.message}
          </p>
        )}
      </div>
    </>
  );
}
