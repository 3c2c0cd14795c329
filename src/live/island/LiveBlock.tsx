import { createRef, useCallback, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { CodeEditorRef } from "@codesandbox/sandpack-react";
import { LiveFigure, type LiveFigureHandle } from "../figure/LiveFigure";
import type { BookData } from "../runner/book-data";
import { useExercise } from "../exercise/useExercise";
import { useSharedVersion } from "../share/useSharedVersion";
import { BlockMenu } from "./BlockMenu";
import { createCodeStore, useCodeSelector } from "./code-store";
import { CodeNotices } from "./CodeNotices";
import { CodePart } from "./CodePart";
import { replaceEditorCode } from "./editor-code";
import { FigureBoundary } from "./FigureBoundary";
import type { Intent } from "./intent";
import { LiveParameterSliders } from "./LiveParameterSliders";
import type { BlockSlots } from "./slots";
import { useBlockRun } from "./useBlockRun";
import { useRunningGuard } from "./useRunningGuard";
import { useSavedEdit } from "./useSavedEdit";
import { useStartPick } from "./useStartPick";
import { releaseStaticHeight, useSwapIn } from "./useSwapIn";
import { useCodePreviews } from "./useCodePreviews";
import { usePinnedRun } from "./usePinnedRun";

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
 * running it said, each in its place on the page. A key's path holds only the editor's echo, the
 * edit posted to the worker (`onEdit`, first) and, when the worker answers, the chart drawn; what
 * follows the code (sliders, the "edited" mark, saving, status, verdicts) waits for the paint.
 */
export function LiveBlock({ blockId, book, slots, intent }: LiveBlockProps) {
  const block = slots.code.closest<HTMLElement>("[data-live-block]")!;
  const code = useMemo(() => createCodeStore(book.code), [book.code]);
  const savedEdit = useSavedEdit(blockId, book.code, code.get);
  const mine = savedEdit.saved?.code ?? book.code;
  const initialCode = intent.shared ?? mine;
  useState(() => code.set(initialCode)); // once, before the first render reads it
  const edited = useCodeSelector(
    code,
    useCallback((text: string) => text !== book.code, [book.code]),
  );
  const editor = useRef<CodeEditorRef>(null);
  const chart = useRef<LiveFigureHandle>(null);
  const [parts] = useState(() => ({
    params: createRef<HTMLDivElement>(),
    figure: createRef<HTMLDivElement>(),
    code: createRef<HTMLDivElement>(),
  }));
  const guard = useRunningGuard(blockId, savedEdit.stoppedLastTime);

  const replaceCode = useCallback((text: string) => replaceEditorCode(editor, text), []);
  const sharing = useSharedVersion(block, intent, code.get, {
    mine: () => mine,
    load: replaceCode,
    keep: savedEdit.keep,
  });
  // An exercise's committed answer runs the code again (with its check); its solution is loaded as an edit.
  const exercise = useExercise(book, block, (input) => {
    if (input.load !== undefined) replaceCode(input.load);
    else if (input.answer !== undefined) run(code.get(), true);
  });
  const { run, view } = useBlockRun({
    book,
    blockId,
    chart,
    editor,
    answer: exercise.answer,
    onShown: (result, ran) => exercise.judge(result, ran, sharing.saves()), // a shared version records no progress
    onSettled: guard.settled,
    // Code still running after its result was stopped: it does not run by itself on the next visit
    // (a shared version's is not the reader's saved edit: nothing of it is kept).
    onStillRunning: () => sharing.saves() && guard.stillRunning(),
  });

  // A key's path: the worker first; the rest is cheap here, and what it notifies waits for the paint.
  const onEdit = useRef((next: string) => {
    run(next);
    code.set(next);
    if (sharing.saves()) savedEdit.save(next);
    releaseStaticHeight(editor.current);
  });

  useCodePreviews(slots.code, run);
  const { figureShown } = useSwapIn(editor, slots, parts, intent, {
    load: replaceCode,
    // The code shown runs at once; a saved edit that stopped the page last time does not (the book's does),
    // nor is a shared version guarded as the reader's saved edit.
    arrived: () => {
      if (savedEdit.saved && !savedEdit.stoppedLastTime && sharing.saves()) guard.mark();
      if (intent.answer !== undefined) exercise.setAnswer(intent.answer);
      run(savedEdit.stoppedLastTime && sharing.saves() ? book.code : initialCode);
    },
  });
  const picking = useStartPick(editor, code);

  const reset = () => {
    savedEdit.forget();
    guard.release();
    replaceCode(book.code);
  };
  const notices = (
    <CodeNotices {...{ savedEdit, guard, sharing, run, editor, code }} onReset={reset} bookCode={book.code} />
  );
  const { pinned, onPin, shown } = usePinnedRun(view.drawable);
  const menu = <BlockMenu {...{ blockId, book, code: code.get, figure: shown, pinned, onPin }} />;
  return (
    <>
      {createPortal(
        <div className="live-part" ref={parts.params} inert>
          <LiveParameterSliders blockId={blockId} code={code} editor={editor} />
        </div>,
        slots.params,
      )}
      {view.drawable &&
        createPortal(
          <div className="live-part" ref={parts.figure} inert>
            <FigureBoundary slot={slots.figure} figure={view.drawable.figure}>
              <LiveFigure ref={chart} {...{ blockId, picking, pinned, figureShown }} drawable={view.drawable} />
            </FigureBoundary>
          </div>,
          slots.figure,
        )}
      {createPortal(
        <CodePart
          {...{ ref: parts.code, blockId, notices, menu, edited, initialCode, onEdit, editor }}
          shared={sharing.shared}
          onReset={sharing.shared ? undefined : reset}
          status={view.status}
          output={view.output}
        />,
        slots.code,
      )}
      {exercise.verdict}
    </>
  );
}
