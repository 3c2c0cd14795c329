import { useCallback, useEffect, useRef, useState } from "react";
import type { CodeEditorRef } from "@codesandbox/sandpack-react";
import type { Figure } from "@descent/numerics";
import { showErrorInEditor } from "../editor/diagnostics";
import { LiveFigure, type LiveFigureHandle } from "../figure/LiveFigure";
import type { ConsoleOutput } from "../runner/console-capture";
import { NO_OUTPUT, type SnippetResult } from "../runner/run-result";
import { BookChangedNotice, NotSavedNotice, OtherTabNotice, StoppedLastTimeNotice } from "./BlockNotices";
import { ConsoleView } from "./ConsoleView";
import { EditorPane } from "./EditorPane";
import { ParameterSliders } from "./ParameterSliders";
import { runningGuard } from "./saved-edits";
import { StatusLine, type RunStatus } from "./StatusLine";
import { useSavedEdit } from "./useSavedEdit";
import { useSnippetRun } from "./useSnippetRun";

/** Runs shorter than this finish before "Running…" would be worth showing (or announcing). */
const SHOW_RUNNING_AFTER_MS = 150;

export interface LiveBlockProps {
  /** A stable id of the block, unique in the book: the key of the student's saved edits. */
  blockId: string;
  /** The book's code of the block. */
  bookCode: string;
  /** The figure the book's code gives, computed at build time. */
  bookFigure: Figure;
}

/**
 * A live block: the chart of the snippet's figure, the snippet in an editor, and what running it
 * said. Each edit goes to the worker in the task that made it; each result is drawn on the chart
 * first, and only then does React update the messages around it.
 */
export function LiveBlock({ blockId, bookCode, bookFigure }: LiveBlockProps) {
  const code = useRef<string | null>(null); // the editor's code, always current
  const savedEdit = useSavedEdit(blockId, bookCode, () => code.current ?? bookCode);
  const initialCode = savedEdit.saved?.code ?? bookCode;
  if (code.current === null) code.current = initialCode;
  const [shownCode, setShownCode] = useState(initialCode); // what the sliders and "(edited)" follow
  const [figure, setFigure] = useState(bookFigure);
  const [status, setStatus] = useState<RunStatus>({ state: "idle" });
  const [output, setOutput] = useState<ConsoleOutput>(NO_OUTPUT);
  const [guarded, setGuarded] = useState(savedEdit.stoppedLastTime);
  const editor = useRef<CodeEditorRef>(null);
  const chart = useRef<LiveFigureHandle>(null);
  const root = useRef<HTMLDivElement>(null);
  const lastRun = useRef(bookCode); // the code whose figure is shown or being computed
  const runningTimer = useRef<number | undefined>(undefined);
  const shownError = useRef({ key: "[]" });
  const guarding = useRef(false); // a saved edit's arrival run is in flight

  const runner = useSnippetRun(root, (result: SnippetResult, note?: string) => {
    if (result.ok) {
      chart.current?.draw(result.figure);
      setFigure(result.figure);
      setStatus({ state: "done", ms: result.ms, notes: note ? [...result.notes, note] : result.notes });
    } else {
      setStatus({ state: "failed", error: result.error });
    }
    setOutput(result.console);
    const view = editor.current?.getCodemirror();
    if (view) showErrorInEditor(view, result.ok ? undefined : result.error, shownError.current);
    if (guarding.current) {
      // The saved edit ran and its result is on the page once this frame is painted.
      guarding.current = false;
      requestAnimationFrame(() => setTimeout(() => runningGuard.clear(blockId)));
    }
  });

  const run = useCallback(
    (next: string) => {
      if (next === lastRun.current) return;
      lastRun.current = next;
      runner.submit(next);
      window.clearTimeout(runningTimer.current);
      runningTimer.current = window.setTimeout(
        () => runner.busy && setStatus({ state: "running" }),
        SHOW_RUNNING_AFTER_MS,
      );
    },
    [runner],
  );
  const onEdit = useRef((_next: string) => {});
  useEffect(() => {
    onEdit.current = (next: string) => {
      code.current = next;
      setShownCode(next);
      savedEdit.save(next);
      run(next);
    };
  });

  // A saved edit differs from the book's code, whose figure the page shows: run it once on arrival,
  // unless it stopped the page last time. The mark stays until its figure is drawn.
  useEffect(() => {
    if (!savedEdit.saved || savedEdit.stoppedLastTime) return;
    runningGuard.mark(blockId);
    guarding.current = true;
    run(savedEdit.saved.code);
  }, [blockId, run, savedEdit.saved, savedEdit.stoppedLastTime]);

  const replaceCode = useCallback((text: string) => {
    const view = editor.current?.getCodemirror();
    view?.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  }, []);
  const reset = () => {
    savedEdit.forget();
    setGuarded(false);
    replaceCode(bookCode);
  };
  const runAnyway = () => {
    setGuarded(false);
    runningGuard.mark(blockId);
    guarding.current = true;
    run(code.current ?? bookCode);
  };

  const edited = shownCode !== bookCode;
  return (
    <div className="live-block" data-status={status.state} ref={root}>
      <ParameterSliders code={shownCode} editor={editor} blockId={blockId} />
      <div className="live-output">
        <LiveFigure ref={chart} figure={figure} blockId={blockId} />
        <StatusLine status={status} />
      </div>
      {guarded && <StoppedLastTimeNotice onRun={runAnyway} onReset={reset} />}
      {savedEdit.bookChanged && (
        <BookChangedNotice onKeep={() => savedEdit.keep(code.current ?? bookCode)} onUseBook={reset} />
      )}
      {savedEdit.otherTab !== undefined && (
        <OtherTabNotice
          onLoad={() => {
            replaceCode(savedEdit.otherTab!);
            savedEdit.setOtherTab(undefined);
          }}
          onKeep={savedEdit.keepOverOtherTab}
        />
      )}
      {savedEdit.saveFailed && <NotSavedNotice />}
      <div className="live-editor-bar">
        <span className="live-editor-title" id={`${blockId}-editor-label`}>
          Code {edited && <span className="live-edited">(edited)</span>}
        </span>
        <span className="live-editor-hint" id={`${blockId}-editor-hint`}>
          Alt-drag a number or press Alt+↑/↓ on it to change it · Esc then Tab leaves the editor
        </span>
        <button type="button" className="live-reset" onClick={reset} disabled={!edited}>
          Reset
        </button>
      </div>
      <EditorPane
        initialCode={initialCode}
        onEdit={onEdit}
        editor={editor}
        labelledBy={`${blockId}-editor-label`}
        describedBy={`${blockId}-editor-hint`}
      />
      <ConsoleView output={output} />
    </div>
  );
}
