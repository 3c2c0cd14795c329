/// <reference lib="webworker" />
/**
 * The worker side of the live-code runtime. It listens only on the MessagePort the main thread
 * hands it (kept in this module, out of the snippets' reach), runs one snippet at a time, lets the
 * snippet's own promise callbacks finish inside the run, clears any timer the run left behind, and
 * says whether the run left the worker's shared objects as it found them.
 */
import { atResolution } from "@descent/numerics/resolution";
import { functionHeaderLines, placeInStack } from "./error-location";
import { parseRunRequest, SPARE_WORKER_NAME, type WorkerMessage } from "./protocol";
import type { SnippetResult } from "./run-result";
import { runSnippet } from "./run-snippet";
import { SNIPPET_MODULES as modules } from "./snippet-modules";
import { warmUp } from "./warm-up";
import { watchIntegrity } from "./worker-integrity";

/** What a run changed of the worker's shared objects; the snapshot is taken once connected. */
let changedSinceStart: () => string | undefined = () => undefined;

// Taken before any snippet runs, so no snippet can swap them.
const post = MessagePort.prototype.postMessage;
const { setTimeout: realSetTimeout, clearTimeout: realClearTimeout, clearInterval: realClearInterval } = self;

/**
 * Lets the promise callbacks a snippet queued run inside its run (their console output and errors
 * are the run's). Microtasks only: a worker that the snippet closed runs no further task, yet its
 * result must still be posted.
 */
async function afterPromiseCallbacks(): Promise<void> {
  for (let tick = 0; tick < 32; tick++) await null;
}

/** Clears every timer made since the last sweep (timer ids count up): none outlives its run. */
let swept = 0;
function sweepTimers(): void {
  const newest = realSetTimeout(() => {}, 0) as unknown as number;
  for (let id = swept + 1; id <= newest; id++) {
    realClearTimeout(id);
    realClearInterval(id);
  }
  swept = newest;
}

/** A promise the snippet left rejected: reported against the run it came from, with its line. */
let lastRun = 0;
self.addEventListener("unhandledrejection", (event) => {
  event.preventDefault();
  if (!lastRun) return;
  const reason: unknown = event.reason;
  const place = placeInStack(reason, functionHeaderLines());
  const message = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
  send({
    type: "late",
    id: lastRun,
    error: { kind: "runtime", message: `${message} (in a promise, after the code finished)`, ...place },
  });
});

// A spare, started ahead of need: warm up while nobody waits (see create-worker.ts), until connected.
const stopWarmingUp =
  self.name === SPARE_WORKER_NAME
    ? warmUp(modules, (next) => realSetTimeout(next, 0) as unknown as number, realClearTimeout)
    : () => {};

let port: MessagePort | undefined;
const send = (message: WorkerMessage) => post.call(port, message);

self.onmessage = (event: MessageEvent) => {
  if (port || (event.data as { type?: unknown })?.type !== "connect" || !event.ports[0]) return;
  stopWarmingUp();
  port = event.ports[0];
  port.onmessage = (message) => void run(message.data);
  self.onmessage = null;
  changedSinceStart = watchIntegrity(self, modules);
  send({ type: "ready" });
};

async function run(data: unknown): Promise<void> {
  const request = parseRunRequest(data);
  if (!request) return;
  send({ type: "started", id: request.id });
  lastRun = request.id;
  if (request.draft !== undefined) {
    // A coarse result first, for code slower than a frame; when it fails (code that counts on its
    // steps, say), the whole run says why.
    const coarse = atResolution(request.draft, () => runSnippet(request.code, modules));
    if (coarse.ok) send({ type: "coarse", id: request.id, result: coarse, fraction: request.draft });
  }
  const result: SnippetResult = runSnippet(request.code, modules, undefined, {
    ...(request.check !== undefined ? { check: request.check } : {}),
    ...(request.answer !== undefined ? { answer: request.answer } : {}),
    checking: () => send({ type: "checking", id: request.id }),
  });
  await afterPromiseCallbacks();
  sweepTimers();
  const changed = changedSinceStart();
  const note =
    changed && `the code changed ${changed}, which later runs share: the runner was restarted, so they start clean`;
  send({ type: "result", id: request.id, result, clean: !changed, ...(note ? { note } : {}) });
}
