import type { SnippetResult } from "./run-result";

/** Main thread → worker: run this code. */
export interface RunRequest {
  id: number;
  code: string;
}

/** Worker → main thread: what run `id` gave. */
export interface RunResponse {
  id: number;
  result: SnippetResult;
}
