import { useEffect, useMemo, useRef } from "react";
import { createRunnerWorker } from "../runner/create-worker";
import type { SnippetResult } from "../runner/run-result";
import { SnippetRunner } from "../runner/snippet-runner";

/**
 * A block's runner, started with the block (the reader has reached for it): submits code to its
 * worker and hands each result, and the runner's note if any, to `onResult`, through a ref, so the
 * runner lives as long as the block.
 */
export function useSnippetRun(onResult: (result: SnippetResult, note?: string) => void) {
  const handler = useRef(onResult);
  useEffect(() => {
    handler.current = onResult;
  });
  const runner = useMemo(
    () => new SnippetRunner((result, note) => handler.current(result, note), { createWorker: createRunnerWorker }),
    [],
  );
  useEffect(() => {
    runner.warmUp();
    return () => runner.dispose();
  }, [runner]);
  return runner;
}
