import type { RunRequest, RunResponse } from "./protocol";
import { failure, type SnippetResult } from "./run-result";

/** The part of a `Worker` the runner uses (so tests can hand it a stand-in). */
export interface WorkerLike {
  postMessage(message: RunRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<RunResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface RunnerOptions {
  /** Makes the worker; called again after a worker is stopped. */
  createWorker: () => WorkerLike;
  /** A run still going after this long is stopped and its worker replaced (2 s by default). */
  timeLimitMs?: number;
  /** A run in flight for longer than this is abandoned when a newer edit arrives (150 ms by default). */
  supersedeAfterMs?: number;
  /** Schedules the next run; the next animation frame in a browser. */
  schedule?: (callback: () => void) => void;
  now?: () => number;
}

/**
 * The main-thread side of the live-code runtime: at most one run in flight per block, in a worker.
 *
 * - `submit(code)` runs `code` on the next animation frame; several submits within a frame run once.
 * - An edit that arrives while a run is in flight waits for it, unless that run has gone on longer than
 *   `supersedeAfterMs`: then the worker is stopped and the newest code runs in a fresh one.
 * - A run longer than `timeLimitMs` (an endless loop) is stopped; the next run gets a fresh worker.
 */
export class SnippetRunner {
  private worker: WorkerLike | undefined;
  private inFlight: { id: number; started: number; timer: ReturnType<typeof setTimeout> } | undefined;
  private pending: string | undefined;
  private scheduled = false;
  private nextId = 1;
  private readonly timeLimitMs: number;
  private readonly supersedeAfterMs: number;
  private readonly schedule: (callback: () => void) => void;
  private readonly now: () => number;

  constructor(
    private readonly onResult: (result: SnippetResult) => void,
    private readonly options: RunnerOptions,
  ) {
    this.timeLimitMs = options.timeLimitMs ?? 2000;
    this.supersedeAfterMs = options.supersedeAfterMs ?? 150;
    this.schedule = options.schedule ?? ((callback) => requestAnimationFrame(() => callback()));
    this.now = options.now ?? (() => performance.now());
  }

  /** True while a run is in flight or waiting for its frame. */
  get busy(): boolean {
    return this.inFlight !== undefined || this.pending !== undefined;
  }

  /** Starts the worker ahead of the first edit (call when the page is idle), so that edit runs at once. */
  warmUp(): void {
    this.worker ??= this.spawn();
  }

  submit(code: string): void {
    this.pending = code;
    if (this.scheduled) return;
    this.scheduled = true;
    this.schedule(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  dispose(): void {
    this.stopWorker();
    this.pending = undefined;
  }

  private flush(): void {
    if (this.pending === undefined) return;
    if (this.inFlight) {
      if (this.now() - this.inFlight.started < this.supersedeAfterMs) return; // picked up when it answers
      this.stopWorker();
    }
    const code = this.pending;
    this.pending = undefined;
    this.start(code);
  }

  private start(code: string): void {
    const worker = (this.worker ??= this.spawn());
    const id = this.nextId++;
    const started = this.now();
    const timer = setTimeout(() => {
      this.stopWorker();
      const message =
        `the code ran for more than ${this.timeLimitMs / 1000} s and was stopped ` +
        "(an endless loop, or too many steps?)";
      this.onResult(failure("timeout", message, { ms: this.now() - started }));
      this.flush();
    }, this.timeLimitMs);
    this.inFlight = { id, started, timer };
    worker.postMessage({ id, code });
  }

  private spawn(): WorkerLike {
    const worker = this.options.createWorker();
    worker.onmessage = (event) => {
      if (!this.inFlight || event.data.id !== this.inFlight.id) return; // from a run already given up
      clearTimeout(this.inFlight.timer);
      this.inFlight = undefined;
      this.onResult(event.data.result);
      this.flush();
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      const started = this.inFlight?.started ?? this.now();
      this.stopWorker();
      this.onResult(
        failure("crash", `the code runner failed: ${event.message || "unknown error"}`, { ms: this.now() - started }),
      );
      this.flush();
    };
    return worker;
  }

  private stopWorker(): void {
    if (this.inFlight) clearTimeout(this.inFlight.timer);
    this.inFlight = undefined;
    this.worker?.terminate();
    this.worker = undefined;
  }
}
