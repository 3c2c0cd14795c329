/// <reference lib="webworker" />
// The worker side of the live-code runtime: one snippet at a time, results posted back as data.
import * as numerics from "@descent/numerics";
import { runSnippet } from "./run-snippet";
import type { RunRequest, RunResponse } from "./protocol";

const modules = { "@descent/numerics": numerics };

self.onmessage = (event: MessageEvent<RunRequest>) => {
  const { id, code } = event.data;
  const response: RunResponse = { id, result: runSnippet(code, modules) };
  self.postMessage(response);
};
