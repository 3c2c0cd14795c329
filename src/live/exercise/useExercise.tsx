import { useEffect, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { EVENTS } from "../../lib/names";
import type { BookData } from "../runner/book-data";
import type { SnippetResult } from "../runner/run-result";
import { ExerciseVerdict } from "./ExerciseVerdict";
import { recordProgress } from "../storage/progress";
import type { Verdict } from "../runner/verdict";

/**
 * A live block's part in its exercise (none for a block that is not one): the answer committed to a
 * predict exercise, the check's verdict shown in the exercise's verdict place, the student's
 * progress recorded, and the hint that fits the mistake opened.
 */
export function useExercise(
  book: BookData,
  block: HTMLElement,
  onInput: (input: { answer?: string; load?: string }) => void,
): {
  answer: () => string | undefined;
  setAnswer: (answer: string) => void;
  judge: (result: SnippetResult, code: string, record?: boolean) => void;
  verdict: ReactNode;
} {
  const section = block.closest<HTMLElement>("section[data-exercise]");
  const place = section?.querySelector<HTMLElement>("[data-verdict]") ?? null;
  const [verdict, setVerdict] = useState<Verdict | undefined>(undefined);
  const answer = useRef<string | undefined>(undefined);
  const judged = useRef(false); // a verdict has been shown: from then on every run gets one
  const input = useRef(onInput);
  useEffect(() => {
    input.current = onInput;
  });

  useEffect(() => {
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<{ answer?: string; load?: string }>).detail;
      if (detail.answer !== undefined) answer.current = detail.answer;
      input.current(detail);
    };
    block.addEventListener(EVENTS.exerciseInput, listener);
    return () => block.removeEventListener(EVENTS.exerciseInput, listener);
  }, [block]);

  /** Shows the check's verdict on a run of `code`; records progress unless told not to (a shared version). */
  const judge = (result: SnippetResult, code: string, record = true) => {
    if (!book.check || !book.exercise) return;
    // The book's starter run says nothing of the student (and opens no hint): their edits and answers do.
    const theirs = code !== book.code || answer.current !== undefined;
    if (!theirs && !judged.current) return;
    judged.current = true;
    // A check stopped for running too long is the check's fault too, not the student's.
    const next = result.ok
      ? result.verdict
      : result.error.kind === "check"
        ? { broken: result.error.message }
        : undefined;
    setVerdict(next);
    if (place) {
      if (next && "solved" in next) place.dataset.solved = String(next.solved);
      else delete place.dataset.solved;
    }
    if (!next || "broken" in next || !theirs) return;
    if (record) recordProgress(book.exercise, { tried: true, solved: next.solved });
    if (!next.solved && next.hint !== undefined) {
      const hint = section?.querySelectorAll<HTMLDetailsElement>(".exercise-hint")[next.hint - 1];
      if (hint) hint.open = true;
    }
  };

  return {
    answer: () => answer.current,
    setAnswer: (value: string) => void (answer.current = value),
    judge,
    verdict: place && book.check ? createPortal(<ExerciseVerdict verdict={verdict} />, place) : null,
  };
}
