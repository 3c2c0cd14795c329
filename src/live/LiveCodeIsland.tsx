import { memo, useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { SandpackCodeEditor, SandpackProvider, useActiveCode, type CodeEditorRef } from "@codesandbox/sandpack-react";
import { lintGutter, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { EditorView } from "@codemirror/view";
import type { Figure } from "@descent/numerics";
import { FigureChart } from "./FigureChart";
import { ParameterSliders } from "./ParameterSliders";
import { numberScrubbing } from "./scrub";
import { describeFigure } from "./figure-summary";
import { editorTheme } from "./editor-theme";
import { SnippetRunner } from "./runner";
import type { SnippetError, SnippetResult } from "./run-snippet";
import { clearEdit, loadEdit, saveEdit } from "./storage";
import type { ConsoleOutput } from "./console-capture";

const FILE = "/snippet.ts";
/** Fired on the editor's DOM, bubbling, with the new code, as soon as CodeMirror applies an edit. */
const EDIT_EVENT = "descent:edit";
/**
 * One identity for the editor's extensions: Sandpack appends a new array again on every render.
 * Edits are read straight from CodeMirror's update listener, not through Sandpack's state, which
 * reaches React a frame later (measured: ~20 ms of a ~40 ms edit-to-redraw).
 */
const EXTENSIONS = [
  lintGutter(),
  numberScrubbing,
  EditorView.updateListener.of((update) => {
    if (update.docChanged) update.view.dom.dispatchEvent(new CustomEvent(EDIT_EVENT, { bubbles: true, detail: update.state.doc.toString() }));
  }),
];
const CUSTOM_SETUP = { entry: FILE };
const PROVIDER_OPTIONS = { activeFile: FILE, visibleFiles: [FILE], autorun: false, initMode: "lazy" as const };

export interface LiveCodeIslandProps {
  /** A stable id of the block, unique in the book: the key of the student's saved edits. */
  blockId: string;
  /** The book's code of the block. */
  bookCode: string;
  /** The figure the book's code gives, computed at build time. */
  bookFigure: Figure;
}

/**
 * A live block: the chart of the snippet's figure, the snippet in an editor, and what running it
 * said. Only the editor sits inside Sandpack's provider (whose wrapper resets styles); the rest is
 * the site's own markup.
 */
export default function LiveCodeIsland(props: LiveCodeIslandProps) {
  const near = useNearViewport(props.blockId);
  return near ? <LiveBlock {...props} /> : null; // until then the page shows the book's figure and code
}

/**
 * True once the block is within a screen of the viewport, or once the page is idle: blocks near the
 * reader come alive first, the others soon after, so the keyboard can reach every editor.
 */
function useNearViewport(blockId: string): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = document.querySelector(`[data-live-block="${CSS.escape(blockId)}"]`);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: "100% 0px" });
    if (element) observer.observe(element);
    const idle = window.requestIdleCallback?.(() => setNear(true), { timeout: 3000 }) ?? window.setTimeout(() => setNear(true), 1500);
    return () => {
      observer.disconnect();
      (window.cancelIdleCallback ?? window.clearTimeout)(idle);
    };
  }, [blockId]);
  return near;
}

function LiveBlock({ blockId, bookCode, bookFigure }: LiveCodeIslandProps) {
  const saved = useMemo(() => loadEdit(blockId, bookCode), [blockId, bookCode]);
  const [code, setCode] = useState(saved?.code ?? bookCode);
  // Sandpack resets its files whenever this prop changes identity: give it the first code, once.
  const [files] = useState(() => ({ [FILE]: { code: saved?.code ?? bookCode, active: true } }));
  const [figure, setFigure] = useState(bookFigure);
  const [status, setStatus] = useState<Status>({ state: "idle" });
  const [output, setOutput] = useState<ConsoleOutput>({ lines: [], dropped: 0 });
  const [showBookNotice, setShowBookNotice] = useState(saved?.bookChanged ?? false);
  const editor = useRef<CodeEditorRef>(null);
  const root = useRef<HTMLDivElement>(null);
  const replaceCode = useRef<(code: string) => void>(() => {});
  const lastRun = useRef<string>(bookCode); // the code whose figure is shown or being computed
  const runningTimer = useRef<number | undefined>(undefined);

  const showError = useCallback((error: SnippetError | undefined) => {
    const view: EditorView | undefined = editor.current?.getCodemirror();
    if (!view) return;
    const diagnostics: Diagnostic[] = [];
    if (error?.line !== undefined && error.line >= 1 && error.line <= view.state.doc.lines) {
      const line = view.state.doc.line(error.line);
      const from = Math.min(line.from + Math.max(0, (error.column ?? 1) - 1), line.to);
      diagnostics.push({ from, to: Math.max(from, line.to), severity: "error", message: error.message });
    }
    view.dispatch(setDiagnostics(view.state, diagnostics));
  }, []);

  const runner = useMemo(
    () =>
      new SnippetRunner(
        (result: SnippetResult) => {
          setOutput(result.console);
          if (result.ok) {
            setFigure(result.figure);
            setStatus({ state: "done", ms: result.ms, notes: result.notes });
          } else {
            setStatus({ state: "failed", error: result.error });
          }
          showError(result.ok ? undefined : result.error);
        },
        { createWorker: () => new Worker(new URL("./runner.worker.ts", import.meta.url), { type: "module" }) },
      ),
    [showError],
  );
  // Start the block's worker once the block is on screen, so the first edit runs at once.
  useEffect(() => {
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        runner.warmUp();
        observer.disconnect();
      }
    });
    observer.observe(root.current!);
    return () => {
      observer.disconnect();
      window.clearTimeout(runningTimer.current);
      runner.dispose();
    };
  }, [runner]);

  const onEdit = useCallback(
    (next: string) => {
      setCode(next);
      if (next === lastRun.current) return;
      lastRun.current = next;
      saveEdit(blockId, bookCode, next);
      runner.submit(next);
      // "Running…" only for a run still going after SHOW_RUNNING_AFTER_MS (quicker ones would only flicker).
      window.clearTimeout(runningTimer.current);
      runningTimer.current = window.setTimeout(() => runner.busy && setStatus({ state: "running" }), SHOW_RUNNING_AFTER_MS);
    },
    [blockId, bookCode, runner],
  );
  useEffect(() => {
    const element = root.current!;
    const listener = (event: Event) => onEdit((event as CustomEvent<string>).detail);
    element.addEventListener(EDIT_EVENT, listener);
    return () => element.removeEventListener(EDIT_EVENT, listener);
  }, [onEdit]);
  // A saved edit differs from the book's code, whose figure the page shows: run it once on arrival.
  useEffect(() => {
    if (saved) onEdit(saved.code);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const reset = () => {
    clearEdit(blockId);
    setShowBookNotice(false);
    replaceCode.current(bookCode);
  };
  const keepMine = () => {
    saveEdit(blockId, bookCode, code); // now counted against the book's current code
    setShowBookNotice(false);
  };

  const label = useMemo(() => describeFigure(figure), [figure]);
  const edited = code !== bookCode;

  return (
    <div className="live-block" data-status={status.state} ref={root}>
      <ParameterSliders code={code} editor={editor} blockId={blockId} />
      <div className="live-output">
        <FigureChart figure={figure} label={label} />
        <StatusLine status={status} />
      </div>
      {showBookNotice && (
        <div className="live-notice" role="note">
          <p>The book's code for this figure has changed since you edited it. Your version is shown.</p>
          <button type="button" onClick={keepMine}>Keep my version</button>{" "}
          <button type="button" onClick={reset}>Use the book's version</button>
        </div>
      )}
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
      <EditorPane labelledBy={`${blockId}-editor-label`} describedBy={`${blockId}-editor-hint`} files={files} replaceCode={replaceCode} editor={editor} />
      <ConsoleView output={output} />
    </div>
  );
}

type Status = { state: "idle" | "running" } | { state: "done"; ms: number; notes: string[] } | { state: "failed"; error: SnippetError };

/** Runs shorter than this finish before "Running…" would be worth showing (or announcing). */
const SHOW_RUNNING_AFTER_MS = 150;

interface EditorPaneProps {
  labelledBy: string;
  describedBy: string;
  files: Record<string, { code: string; active: boolean }>;
  replaceCode: { current: (code: string) => void };
  editor: RefObject<CodeEditorRef | null>;
}

/**
 * Sandpack's provider and editor. Memoised: its props never change, so a new figure or status
 * re-renders the chart and messages only, never the editor.
 */
const EditorPane = memo(function EditorPane({ labelledBy, describedBy, files, replaceCode, editor }: EditorPaneProps) {
  return (
    <div className="live-editor" role="group" aria-labelledby={labelledBy} aria-describedby={describedBy}>
      <SandpackProvider files={files} customSetup={CUSTOM_SETUP} options={PROVIDER_OPTIONS} theme={editorTheme}>
        <CodeBridge replaceCode={replaceCode} />
        <SandpackCodeEditor ref={editor} showTabs={false} showLineNumbers showRunButton={false} wrapContent={false} extensions={EXTENSIONS} />
      </SandpackProvider>
    </div>
  );
});

/** Inside Sandpack's provider: lends out the way to replace the code (for Reset). */
function CodeBridge({ replaceCode }: { replaceCode: { current: (code: string) => void } }) {
  const { updateCode } = useActiveCode();
  replaceCode.current = updateCode;
  return null;
}

function StatusLine({ status }: { status: Status }) {
  let text = "";
  if (status.state === "running") text = "Running…";
  else if (status.state === "done") text = [`Done in ${Math.max(1, Math.round(status.ms))} ms.`, ...status.notes].join(" ");
  else if (status.state === "failed") text = "The figure shows the last code that ran.";
  const error = status.state === "failed" ? status.error : undefined;
  return (
    <>
      <p className="live-status" role="status">
        {text}
      </p>
      <div className="live-error" role="alert">
        {error && (
          <p>
            <strong>{errorTitle(error)}</strong>
            {error.line !== undefined && ` at line ${error.line}${error.column !== undefined ? `, column ${error.column}` : ""}`}: {error.message}
          </p>
        )}
      </div>
    </>
  );
}

function errorTitle(error: SnippetError): string {
  switch (error.kind) {
    case "syntax":
      return "Syntax error";
    case "runtime":
      return "Error";
    case "figure":
      return "Cannot draw this";
    case "timeout":
      return "Stopped";
    case "crash":
      return "Runner failed";
  }
}

function ConsoleView({ output }: { output: ConsoleOutput }) {
  if (output.lines.length === 0) return null;
  return (
    <div className="live-console" aria-label="Console output" role="log" tabIndex={0}>
      {output.dropped > 0 && <p className="live-console-dropped">… {output.dropped.toLocaleString("en")} earlier lines not shown</p>}
      {output.lines.map((line, i) => (
        <pre key={i} className={`live-console-${line.level}`}>
          {line.text}
        </pre>
      ))}
    </div>
  );
}
