/// <reference lib="webworker" />
/**
 * The worker side of the live-code runtime. It listens only on the MessagePort the main thread
 * hands it (kept in this module, out of the snippets' reach), closes the global object to what
 * figure code has no business with and freezes or watches everything shared (see sandbox.ts and
 * worker-integrity.ts), then runs one snippet at a time: it lets the snippet's own promise callbacks
 * finish inside the run, says what the run is doing while an exercise's check runs (so a loop is
 * blamed on the right party), judges nothing a run changed the shared objects for, clears any timer
 * the run left behind, and, from a task of its own after each result, says that nothing of the run
 * is still running.
 */
import { atResolution } from "@descent/numerics/resolution";
import { functionHeaderLines, placeInStack } from "./error-location";
import { call, pristine } from "./pristine";
import { parseRunRequest, SPARE_WORKER_NAME, type WorkerMessage } from "./protocol";
import { clip, failure, type SnippetResult } from "./run-result";
import { notJudged, runSnippet, type RunOptions } from "./run-snippet";
import { closeTheGlobal } from "./sandbox";
import { SNIPPET_MODULES as modules } from "./snippet-modules";
import { describeThrown } from "./thrown-value";
import { warmUp } from "./warm-up";
import { watchIntegrity, type Integrity } from "./worker-integrity";

/** What runs share, checked after each; made once connected, before any snippet runs. */
let integrity: Integrity = { changed: () => undefined, isShared: () => false };

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
  const message = clip(`${describeThrown(reason)} (in a promise, after the code finished)`);
  send({ type: "late", id: lastRun, error: { kind: "runtime", message, ...place } });
});

// A spare, started ahead of need: warm up while nobody waits (see create-worker.ts), until connected.
const stopWarmingUp =
  self.name === SPARE_WORKER_NAME
    ? warmUp(modules, (next) => realSetTimeout(next, 0) as unknown as number, realClearTimeout)
    : () => {};

let port: MessagePort | undefined;
/** Where "started" goes: a port of its own, so the result is the first message on `port` (snippet-runner.ts). */
let startedPort: MessagePort | undefined;
/** Where results also go when the page's charts are drawn in a worker (figure/painter.ts): first, drawn first. */
let figurePort: MessagePort | undefined;
const send = (message: WorkerMessage) => call(post, port, message);
/** Sends a result (or coarse result) to the painter, then to the page. */
const sendFigure = (message: WorkerMessage) => {
  if (figurePort) call(post, figurePort, message);
  send(message);
};

self.onmessage = (event: MessageEvent) => {
  if (port || (event.data as { type?: unknown })?.type !== "connect" || !event.ports[0]) return;
  stopWarmingUp();
  port = event.ports[0];
  startedPort = event.ports[1] ?? port;
  figurePort = event.ports[2];
  port.onmessage = (message) => void run(message.data);
  self.onmessage = null;
  closeTheGlobal(self);
  integrity = watchIntegrity(self, modules, { freeze: true });
  send({ type: "ready" });
};

/**
 * What the main thread hears of run `id` while its check runs. A change back to the check is said
 * only if the last word is a few milliseconds old, so a check that calls the student's function a
 * million times does not send two million messages (a loop begun within those milliseconds of the
 * student's code returning is taken for the student's).
 */
const PHASE_WORDS_APART_MS = 5;
function checkingFor(id: number): RunOptions["checking"] {
  let view: "check" | "student" = "check";
  let said = 0;
  const say = (message: WorkerMessage) => {
    send(message);
    said = pristine.now();
  };
  return {
    start: () => say({ type: "phase", id, phase: "check" }),
    enter(what, how) {
      if (view === "student") return;
      view = "student";
      say({ type: "phase", id, phase: "student", what: clip(what, 200), how });
    },
    leave() {
      if (view === "check" || pristine.now() - said < PHASE_WORDS_APART_MS) return;
      view = "check";
      say({ type: "phase", id, phase: "check" });
    },
  };
}

/** The run whose result was sent and which has not yet shown that nothing of it still runs. */
let unsettled: number | undefined;

/**
 * Run in a task (so every promise callback queued before has run): clears the timers made since the
 * result and says that the worker is idle, and whether it is still as it was. False when it is not.
 */
function settle(): boolean {
  if (unsettled === undefined) return true;
  const id = unsettled;
  unsettled = undefined;
  sweepTimers();
  const changed = integrity.changed();
  const note =
    changed &&
    clip(
      `the code changed ${changed} after it finished (in a promise): ` +
        "the runner was restarted, so the next run starts clean",
    );
  send({ type: "idle", id, clean: !changed, ...(note ? { note } : {}) });
  return !changed;
}

/** Posts a result; one that cannot be sent (it cannot be copied to the page) is said so instead. */
function sendResult(id: number, result: SnippetResult, clean: boolean, note: string | undefined): void {
  try {
    sendFigure({ type: "result", id, result, clean, ...(note ? { note } : {}) });
  } catch (e) {
    const message = `the result could not be sent to the page (${describeThrown(e)})`;
    send({ type: "result", id, result: failure("runtime", message, { console: result.console }), clean: false });
  }
}

async function run(data: unknown): Promise<void> {
  const request = parseRunRequest(data);
  if (!request) return;
  // The last run's idle check, if its task has not come yet: a worker it changed runs nothing more.
  if (!settle()) return;
  call(post, startedPort, { type: "started", id: request.id } satisfies WorkerMessage);
  lastRun = request.id;
  let result: SnippetResult;
  try {
    if (request.draft !== undefined) {
      // A coarse result first, for code slower than a frame (no check: that judges the whole run);
      // when it fails (code that counts on its steps, say), the whole run says why.
      const coarse = atResolution(request.draft, () => runSnippet(request.code, modules, pristine.now));
      if (coarse.ok) sendFigure({ type: "coarse", id: request.id, result: coarse, fraction: request.draft });
    }
    result = runSnippet(request.code, modules, pristine.now, {
      ...(request.check !== undefined ? { check: request.check } : {}),
      ...(request.answer !== undefined ? { answer: request.answer } : {}),
      changed: integrity.changed,
      checking: checkingFor(request.id),
      isShared: integrity.isShared,
    });
  } catch (e) {
    result = failure("crash", `the runner failed while running the code (${describeThrown(e)})`);
  }
  try {
    await afterPromiseCallbacks();
  } catch {
    // A run that changed how promises resolve: found changed below.
  }
  sweepTimers();
  const changed = integrity.changed();
  let note: string | undefined;
  if (changed && result.ok && result.verdict) {
    // The check ran in a realm the code (or its promises) changed: its verdict is not given.
    result = failure("runtime", notJudged(changed), { console: result.console, ms: result.ms });
  } else if (changed) {
    note = clip(`the code changed ${changed}, which later runs share: the runner was restarted, so they start clean`);
  }
  sendResult(request.id, result, !changed, note);
  unsettled = request.id;
  realSetTimeout(settle, 0);
}
