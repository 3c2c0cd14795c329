import { useEffect, useMemo, useRef, type RefObject } from "react";
import { createRunnerWorker } from "../runner/create-worker";
import type { SnippetResult } from "../runner/run-result";
import { SnippetRunner } from "../runner/snippet-runner";

/**
 * A block's runner: submits code to its worker and hands each result (and the runner's note, if
 * any) to `onResult`, through a ref, so the runner lives as long as the block. The worker starts
 * once the block is on screen, so the first edit runs at once.
 */
export function useSnippetRun(
  root: RefObject<HTMLElement | null>,
  onResult: (result: SnippetResult, note?: string) => void,
) {
  const handler = useRef(onResult);
  useEffect(() => {
    handler.current = onResult;
  });
  const runner = useMemo(
    () => new SnippetRunner((result, note) => handler.current(result, note), { createWorker: createRunnerWorker }),
    [],
  );
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
      runner.dispose();
    };
  }, [runner, root]);
  return runner;
}
