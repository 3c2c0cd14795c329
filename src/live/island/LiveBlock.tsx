import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { undo } from "@codemirror/commands";
import type { CodeEditorRef } from "@codesandbox/sandpack-react";
import type { Figure } from "@descent/numerics";
import { EVENTS } from "../../lib/names";
import { showErrorInEditor } from "../editor/diagnostics";
import { ScrubSession } from "../editor/scrub";
import { startLiteral, startPoint } from "../editor/start-point";
import type { Pick } from "../figure/landscape-picking";
import { LiveFigure, type LiveFigureHandle } from "../figure/LiveFigure";
import type { ConsoleOutput } from "../runner/console-capture";
import type { SnippetResult } from "../runner/run-result";
import { applyIntent } from "./apply-intent";
import { BookChangedNotice, NotSavedNotice, OtherTabNotice, StoppedLastTimeNotice } from "./BlockNotices";
import { CodeBar } from "./CodeBar";
import { createCodeStore, useCodeSelector } from "./code-store";
import { ConsoleView } from "./ConsoleView";
import { EditorPane } from "./EditorPane";
import { FigureBoundary } from "./FigureBoundary";
import type { Intent } from "./intent";
import { LiveParameterSliders } from "./LiveParameterSliders";
import type { BookData } from "./mount";
import { runningGuard } from "./saved-edits";
import { swapIn, type BlockSlots } from "./slots";
import { StatusLine, type RunStatus } from "./StatusLine";
import { useSavedEdit } from "./useSavedEdit";
import { useSnippetRun } from "./useSnippetRun";
import { useExercise } from "../exercise/useExercise";

/** Runs shorter than this finish before "Running…" would be worth showing (or announcing). */
const SHOW_RUNNING_AFTER_MS = 150;

export interface LiveBlockProps {
  /** A stable id of the block, unique in the book: the key of the student's saved edits. */
  blockId: string;
  /** The book's code of the block, and what it printed when the book was built. */
  book: BookData;
  /** Where the block's live parts go. */
  slots: BlockSlots;
  /** What the reader did to reach for the block. */
  intent: Intent;
}

/**
 * A live block: its sliders, the chart of its snippet's figure, the snippet in an editor and what
 * running it said, each in its place on the page. Each edit goes to the worker in the task that made
 * it; each result is drawn on the chart first, and only then does React update what surrounds it.
 */
export function LiveBlock({ blockId, book, slots, intent }: LiveBlockProps) {
  const code = useMemo(() => createCodeStore(book.code), [book.code]);
  const savedEdit = useSavedEdit(blockId, book.code, code.get);
  const initialCode = savedEdit.saved?.code ?? book.code;
  useState(() => code.set(initialCode)); // once, before the first render reads it
  const edited = useCodeSelector(
    code,
    useCallback((text: string) => text !== book.code, [book.code]),
  );
  const [figure, setFigure] = useState<Figure | undefined>(undefined); // the live chart's, once one ran
  const startKey = useCodeSelector(
    code,
    useCallback((text: string) => JSON.stringify(startPoint(text) ?? null), []),
  );
  const [status, setStatus] = useState<RunStatus>({ state: "idle" });
  const [output, setOutput] = useState<ConsoleOutput>(book.output);
  const [guarded, setGuarded] = useState(savedEdit.stoppedLastTime);
  const editor = useRef<CodeEditorRef>(null);
  const chart = useRef<LiveFigureHandle>(null);
  const parts = {
    params: useRef<HTMLDivElement>(null),
    figure: useRef<HTMLDivElement>(null),
    code: useRef<HTMLDivElement>(null),
  };
  const lastRun = useRef<string | undefined>(undefined); // the code whose figure is shown or being computed
  // An exercise's committed answer runs the code again (with its check); its solution is loaded as an edit.
  const exercise = useExercise(book, slots.code.closest<HTMLElement>("[data-live-block]")!, (input) => {
    if (input.load !== undefined) replaceCode(input.load);
    else if (input.answer !== undefined) run(code.get(), true);
  });
  const runningTimer = useRef<number | undefined>(undefined);
  const shownError = useRef({ key: "[]" });
  const guarding = useRef(false); // a saved edit's arrival run is in flight

  const runner = useSnippetRun((result: SnippetResult, note?: string) => {
    exercise.judge(result, lastRun.current ?? book.code);
    if (result.ok) {
      // The chart first: draw on the canvases that exist, before React renders anything else.
      if (result.figure) {
        chart.current?.draw(result.figure);
        setFigure(result.figure);
      }
      setStatus({ state: "done", ms: result.ms, notes: note ? [...result.notes, note] : result.notes });
    } else {
      setStatus({ state: "failed", error: result.error });
    }
    setOutput(result.console);
    const view = editor.current?.getCodemirror();
    if (view) showErrorInEditor(view, result.ok ? undefined : result.error, shownError.current);
    if (guarding.current) {
      // The saved edit ran; its result is on the page once this frame is painted, and nothing of it
      // still runs once the runner says it settled.
      guarding.current = false;
      runner.whenSettled(() => requestAnimationFrame(() => setTimeout(() => runningGuard.clear(blockId))));
    }
  });
  // Code that kept running after its result (and was stopped) is not run by itself on the next visit.
  useEffect(() => {
    runner.onStillRunning = () => {
      runningGuard.mark(blockId);
      guarding.current = true;
    };
  }, [runner, blockId]);

  const run = useCallback(
    (next: string, again = false) => {
      if (next === lastRun.current && !again) return;
      lastRun.current = next;
      runner.submit(next, book.check, exercise.answer());
      window.clearTimeout(runningTimer.current);
      runningTimer.current = window.setTimeout(
        () => runner.busy && setStatus({ state: "running" }),
        SHOW_RUNNING_AFTER_MS,
      );
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- exercise.answer reads a ref
    [runner, book.check],
  );
  const onEdit = useRef((_next: string) => {});
  useEffect(() => {
    onEdit.current = (next: string) => {
      run(next); // first: the worker starts while the rest of this edit is handled
      const box = editor.current?.getCodemirror()?.dom.closest<HTMLElement>(".live-editor");
      if (box?.style.minHeight) box.style.minHeight = "";
      code.set(next);
      savedEdit.save(next);
    };
  });

  // While a number is scrubbed (or a slider or a start point moved), each value runs as the code it
  // would make; the code itself changes once, at the end (one undo step).
  useEffect(() => {
    const listener = (event: Event) => run((event as CustomEvent<string>).detail);
    slots.code.addEventListener(EVENTS.codePreview, listener);
    return () => slots.code.removeEventListener(EVENTS.codePreview, listener);
  }, [run, slots.code]);

  // Once the editor is there (Sandpack makes it in its own effect, which runs before this one) and has
  // measured its lines (its first measure, in the next frame), its parts take the static ones' places
  // and the reader's intent is carried over. The code shown runs at once.
  useEffect(() => {
    const view = editor.current?.getCodemirror();
    if (!view) return;
    view.requestMeasure({
      key: "descent-swap-in",
      read: () => undefined,
      write: () => {
        // The editor draws only the lines near the screen and estimates the others' heights: it
        // keeps the static code's height until it is edited (by then the reader sees its lines).
        const height = slots.code.querySelector(".code-static")?.getBoundingClientRect().height;
        const box = view.dom.closest<HTMLElement>(".live-editor");
        if (height && box) box.style.minHeight = `${height}px`;
        swapIn(slots.params, parts.params.current);
        swapIn(slots.code, parts.code.current);
        // Edits wait until the editor's measure is over.
        queueMicrotask(() => {
          applyIntent(intent, view, slots.params);
          if (intent.load !== undefined) replaceCode(intent.load);
        });
      },
    });
    if (savedEdit.saved && !savedEdit.stoppedLastTime) {
      runningGuard.mark(blockId);
      guarding.current = true;
    }
    // A saved edit that stopped the page last time is not run: the book's code gives the chart.
    if (intent.answer !== undefined) exercise.setAnswer(intent.answer);
    run(savedEdit.stoppedLastTime ? book.code : initialCode);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once: the block's arrival
  }, []);

  // The first live figure is drawn in LiveFigure's layout effect, which runs before this one: swap it
  // in before the frame is painted.
  useLayoutEffect(() => {
    if (figure) swapIn(slots.figure, parts.figure.current);
  }, [figure, slots.figure, parts.figure]);

  // A click, drag or arrow key on a landscape rewrites the start point's literal: one undo step each.
  const pickSession = useRef<ScrubSession | undefined>(undefined);
  const onPick = useCallback<Pick>((point, phase) => {
    const view = editor.current?.getCodemirror();
    if (view && phase === "undo") {
      undo(view); // the code's own history: the same as Ctrl+Z in the editor
      return;
    }
    const current = view && startPoint(view.state.doc.toString());
    if (!view || !current) return;
    if (phase === "start" || phase === "step" || !pickSession.current) {
      pickSession.current = new ScrubSession(view, current.from, current.to);
    }
    pickSession.current.set(startLiteral(point.x, point.y, current.decimals));
    if (phase === "end" || phase === "step") {
      pickSession.current.end();
      pickSession.current = undefined;
    }
  }, []);
  const picking = useMemo(() => {
    const start = JSON.parse(startKey) as { x: number; y: number } | null;
    return start ? { start: { x: start.x, y: start.y }, onPick } : undefined;
  }, [startKey, onPick]);

  const replaceCode = useCallback((text: string) => {
    const view = editor.current?.getCodemirror();
    view?.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  }, []);
  const reset = () => {
    savedEdit.forget();
    setGuarded(false);
    replaceCode(book.code);
  };
  const runAnyway = () => {
    setGuarded(false);
    runningGuard.mark(blockId);
    guarding.current = true;
    run(code.get());
  };

  const codePart = (
    <div className="live-part live-block" data-status={status.state} ref={parts.code} inert>
      {guarded && <StoppedLastTimeNotice onRun={runAnyway} onReset={reset} />}
      {savedEdit.bookChanged && <BookChangedNotice onKeep={() => savedEdit.keep(code.get())} onUseBook={reset} />}
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
      <CodeBar blockId={blockId} edited={edited} onReset={reset} />
      <EditorPane
        initialCode={initialCode}
        onEdit={onEdit}
        editor={editor}
        labelledBy={`${blockId}-editor-label`}
        describedBy={`${blockId}-editor-hint`}
      />
      <StatusLine status={status} />
      <ConsoleView output={output} />
    </div>
  );
  return (
    <>
      {createPortal(
        <div className="live-part" ref={parts.params} inert>
          <LiveParameterSliders blockId={blockId} code={code} editor={editor} />
        </div>,
        slots.params,
      )}
      {figure &&
        createPortal(
          <div className="live-part" ref={parts.figure} inert>
            <FigureBoundary slot={slots.figure} figure={figure}>
              <LiveFigure ref={chart} figure={figure} blockId={blockId} picking={picking} />
            </FigureBoundary>
          </div>,
          slots.figure,
        )}
      {createPortal(codePart, slots.code)}
      {exercise.verdict}
    </>
  );
}
