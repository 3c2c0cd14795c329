import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { CodeEditorRef } from "@codesandbox/sandpack-react";
import { EVENTS } from "../../lib/names";
import { showErrorInEditor } from "../editor/diagnostics";
import type { DrawableFigure } from "../figure/drawable-figure";
import type { LiveFigureHandle } from "../figure/LiveFigure";
import type { BookData } from "../runner/book-data";
import { pagePainter } from "../figure/painter";
import { createRunnerWorker } from "../runner/create-worker";
import type { ConsoleOutput } from "../runner/console-capture";
import type { ShownResult } from "../runner/protocol";
import { SnippetRunner, type ResultInfo } from "../runner/snippet-runner";
import { latest } from "./after-paint";
import type { RunStatus } from "./StatusLine";

/** Runs shorter than this finish before "Running…" would be worth showing (or announcing). */
const SHOW_RUNNING_AFTER_MS = 150;

/** What a block shows of its runs: where the latest stands, what it printed, the figure React renders. */
export interface BlockRunView {
  status: RunStatus;
  output: ConsoleOutput;
  drawable: DrawableFigure | undefined;
}

interface BlockRunOptions {
  book: BookData;
  blockId: string;
  chart: RefObject<LiveFigureHandle | null>;
  editor: RefObject<CodeEditorRef | null>;
  /** A predict exercise's committed answer, read at each run. */
  answer: () => string | undefined;
  /** Each whole (not coarse) result once it is on the page, with the code that gave it. */
  onShown: (result: ShownResult, code: string) => void;
  /**
   * A whole result's run has settled: nothing of it still runs (told as the result arrives, so that
   * code found still running after its result, `onStillRunning`, is never taken for settled).
   */
  onSettled: () => void;
  /** Code found still running after its result (a loop of promises), and stopped. */
  onStillRunning: () => void;
}

/**
 * A block's runs: its code goes to its worker in the task of the edit (`run`); each result is drawn on
 * the chart at once, and everything around the chart (status, console, legend and text alternative,
 * error marks, the exercise's verdict) follows in the next animation frame, before that frame is
 * painted, once for several results in a frame. A coarse first result is drawn and said as such.
 */
export function useBlockRun({
  book,
  blockId,
  chart,
  editor,
  answer,
  onShown,
  onSettled,
  onStillRunning,
}: BlockRunOptions) {
  const [view, setView] = useState<BlockRunView>({
    status: { state: "idle" },
    output: book.output,
    drawable: undefined,
  });
  const lastRun = useRef<string | undefined>(undefined); // the code whose figure is shown or being computed
  const later = useMemo(() => latest("nextFrame"), []);
  const shownError = useRef({ key: "[]" });
  const runningTimer = useRef<number | undefined>(undefined);
  const handlers = useRef({ onShown, answer, onSettled, onStillRunning });
  useEffect(() => {
    handlers.current = { onShown, answer, onSettled, onStillRunning };
  });

  const receive = (result: ShownResult, info: ResultInfo = {}) => {
    performance.mark(EVENTS.runAnswered, { detail: result.ms }); // for the bench (npm run bench)
    const drawable =
      result.ok && result.figure ? { figure: result.figure, axes: result.axes ?? [], order: info.run ?? 0 } : undefined;
    try {
      if (drawable) chart.current?.draw(drawable); // the chart first, before React renders anything
    } catch {
      // Drawn again when React renders the figure below, where its error boundary catches what failed.
    }
    const code = lastRun.current ?? book.code;
    if (info.coarse === undefined) runner.whenSettled(() => handlers.current.onSettled());
    later(() => {
      setView((before) => ({
        status:
          info.coarse !== undefined
            ? { state: "coarse", fraction: info.coarse }
            : result.ok
              ? { state: "done", ms: result.ms, notes: info.note ? [...result.notes, info.note] : result.notes }
              : { state: "failed", error: result.error },
        output: result.console,
        drawable: drawable ?? before.drawable,
      }));
      if (info.coarse !== undefined) return;
      const cm = editor.current?.getCodemirror();
      if (cm) showErrorInEditor(cm, result.ok ? undefined : result.error, shownError.current);
      handlers.current.onShown(result, code);
    });
  };
  const receiver = useRef(receive);
  useEffect(() => {
    receiver.current = receive;
  });
  const runner = useMemo(() => {
    // Where the page has a painter, each runner worker sends it the results too: the chart is drawn
    // and painted there, without waiting for this thread (see figure/painter.ts).
    const painter = pagePainter();
    return new SnippetRunner((result, info) => receiver.current(result, info), {
      createWorker: createRunnerWorker,
      ...(painter
        ? {
            figureReader: {
              port: () => painter.runnerPort(blockId),
              current: (run, coarseUpTo) => painter.send({ type: "current", block: blockId, run, coarseUpTo }),
            },
          }
        : {}),
    });
  }, [blockId]);
  useEffect(() => {
    runner.warmUp();
    runner.onStillRunning = () => handlers.current.onStillRunning();
    return () => runner.dispose();
  }, [runner]);

  /** Runs `code` (again: even when it is the code last run, for a new answer or a guarded edit). */
  const run = useCallback(
    (code: string, again = false) => {
      if (code === lastRun.current && !again) return;
      lastRun.current = code;
      runner.submit(code, book.check, handlers.current.answer());
      window.clearTimeout(runningTimer.current);
      runningTimer.current = window.setTimeout(
        () => runner.busy && setView((before) => ({ ...before, status: { state: "running" } })),
        SHOW_RUNNING_AFTER_MS,
      );
    },
    [runner, book.check],
  );
  return { run, view };
}
