import {
  MAX_CODE_LENGTH,
  parseWorkerMessage,
  type AcceptedMessage,
  type ConnectMessage,
  type RunRequest,
  type ShownResult,
} from "./protocol";
import { failure } from "./run-result";

/** The part of a `Worker` the runner uses (so tests can hand it a stand-in). */
export interface WorkerLike {
  postMessage(message: ConnectMessage, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** The part of a `MessagePort` the runner uses. */
export interface PortLike {
  postMessage(message: RunRequest): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

export interface RunnerOptions {
  /** Makes a worker; called again whenever a worker is replaced. */
  createWorker: () => WorkerLike;
  /** Makes the channel to a new worker: port1 stays here, port2 is handed over. */
  createChannel?: () => { port1: PortLike; port2: Transferable };
  /** A run still going this long after it started is stopped, and its worker replaced (2 s). */
  timeLimitMs?: number;
  /**
   * A run going for longer than this is abandoned when a newer edit arrives (a frame, 16 ms): the
   * newer edit runs at once in another worker (a warm spare, see create-worker.ts).
   */
  supersedeAfterMs?: number;
  /** Code whose last whole run took longer than this runs coarse first (10 ms). */
  draftAboveMs?: number;
  /** A ready worker that does not start a run within this long is replaced and the run resent (1 s). */
  startLimitMs?: number;
  /** A worker that does not load within this long is reported (20 s: a slow phone on a slow link). */
  loadLimitMs?: number;
  now?: () => number;
}

/** One worker and the port to it. */
interface Runner {
  worker: WorkerLike;
  port: PortLike;
  ready: boolean;
  loadTimer: ReturnType<typeof setTimeout>;
}

/** The run in flight: posted, then started (by the worker's word). */
interface InFlight {
  id: number;
  code: string;
  started: number | undefined;
  timer: ReturnType<typeof setTimeout>;
  /** Resent once already after a worker that never started it. */
  resent: boolean;
  /** The code is done; the exercise's check is running. */
  checking?: boolean;
}

/** What came with a result: the worker's note, or that the result is coarse (at `coarse` of its steps). */
export interface ResultInfo {
  note?: string;
  coarse?: number;
}

/** A coarse first result aims to take about this long. */
const DRAFT_TARGET_MS = 4;

/**
 * The main-thread side of the live-code runtime: at most one run in flight per block, in a worker of
 * its own, and every message from that worker checked before it is believed.
 *
 * - `submit(code)` posts at once when the worker is idle (in the task of the edit); edits that arrive
 *   while a run is in flight wait, and only the newest runs when it answers.
 * - An edit that arrives while a run has been going for longer than `supersedeAfterMs` (a frame)
 *   replaces the worker and runs in a fresh one: no edit waits behind a stale one. A run going for
 *   `timeLimitMs` (an endless loop) is stopped.
 * - Code whose last whole run took longer than `draftAboveMs` runs first at a fraction of its steps
 *   (a coarse result, shown as such), then whole.
 * - A worker that a run closed, froze after it finished, or changed (the worker says so) is replaced
 *   before the next run, so each run starts clean and is judged on its own.
 */
export class SnippetRunner {
  private runner: Runner | undefined;
  private inFlight: InFlight | undefined;
  private pending: string | undefined;
  /** The exercise's check the pending code runs with, and the answer it is given. */
  private check: string | undefined;
  private answer: string | undefined;
  /** The next run is a resend after a worker that never started it: it gets one more chance only. */
  private resendNext = false;
  private nextId = 1;
  /** The run whose result is the latest one given. */
  private lastAnswered = 0;
  /** How long the last whole run took (the worker's own measure of the code), for coarse first results. */
  private lastRunMs = 0;
  private readonly timeLimitMs: number;
  private readonly supersedeAfterMs: number;
  private readonly draftAboveMs: number;
  private readonly startLimitMs: number;
  private readonly loadLimitMs: number;
  private readonly now: () => number;

  constructor(
    private readonly onResult: (result: ShownResult, info?: ResultInfo) => void,
    private readonly options: RunnerOptions,
  ) {
    this.timeLimitMs = options.timeLimitMs ?? 2000;
    this.supersedeAfterMs = options.supersedeAfterMs ?? 16;
    this.draftAboveMs = options.draftAboveMs ?? 10;
    this.startLimitMs = options.startLimitMs ?? 1000;
    this.loadLimitMs = options.loadLimitMs ?? 20_000;
    this.now = options.now ?? (() => performance.now());
  }

  /** True while a run is in flight or waiting. */
  get busy(): boolean {
    return this.inFlight !== undefined || this.pending !== undefined;
  }

  /** Starts the worker ahead of the first edit, so that edit runs at once. */
  warmUp(): void {
    this.runner ??= this.spawn();
  }

  /**
   * Runs `code` (with an exercise's `check` on it, and a predict exercise's `answer`, if given) as soon
   * as the worker is free.
   */
  submit(code: string, check?: string, answer?: string): void {
    this.check = check;
    this.answer = answer;
    if (code.length > MAX_CODE_LENGTH) {
      this.onResult(
        failure("syntax", `the code is ${code.length.toLocaleString("en")} characters long; the most is 1,000,000`),
      );
      return;
    }
    this.pending = code;
    this.pump();
  }

  dispose(): void {
    this.stop();
    this.pending = undefined;
  }

  /** Starts the pending code if it can: the worker ready and idle, or its run old enough to abandon. */
  private pump(): void {
    if (this.pending === undefined) return;
    if (this.inFlight) {
      const started = this.inFlight.started;
      if (started === undefined || this.now() - started < this.supersedeAfterMs) return; // picked up when it answers
      this.stop();
    }
    const runner = (this.runner ??= this.spawn());
    if (!runner.ready) return; // picked up when it is
    const code = this.pending;
    this.pending = undefined;
    this.post(runner, code, this.resendNext);
    this.resendNext = false;
  }

  private post(runner: Runner, code: string, resent: boolean): void {
    const id = this.nextId++;
    const timer = setTimeout(() => this.neverStarted(id), this.startLimitMs);
    this.inFlight = { id, code, started: undefined, timer, resent };
    const draft =
      this.lastRunMs > this.draftAboveMs
        ? Math.min(0.5, Math.max(1 / 64, DRAFT_TARGET_MS / this.lastRunMs))
        : undefined;
    runner.port.postMessage({
      type: "run",
      id,
      code,
      ...(this.check !== undefined ? { check: this.check } : {}),
      ...(this.answer !== undefined ? { answer: this.answer } : {}),
      ...(draft !== undefined ? { draft } : {}),
    });
  }

  /** The worker took no notice of a run: a previous run closed it or left it busy. Replace it and resend, once. */
  private neverStarted(id: number): void {
    const run = this.inFlight;
    if (run?.id !== id) return;
    this.stop();
    if (run.resent) {
      this.onResult(failure("crash", "the code runner stopped answering"));
    } else {
      this.pending ??= run.code; // unless newer code already waits
      this.resendNext = true;
    }
    this.pump();
  }

  private receive(runner: Runner, data: unknown): void {
    if (runner !== this.runner) return; // from a worker already replaced
    const message = parseWorkerMessage(data);
    if ("problem" in message) {
      this.fail("crash", `the code runner sent ${message.problem}`);
      return;
    }
    this.handle(runner, message);
  }

  private handle(runner: Runner, message: AcceptedMessage): void {
    const run = this.inFlight;
    switch (message.type) {
      case "ready":
        runner.ready = true;
        clearTimeout(runner.loadTimer);
        this.pump();
        return;
      case "started":
        if (run?.id !== message.id || run.started !== undefined) return;
        clearTimeout(run.timer);
        run.started = this.now();
        run.timer = setTimeout(() => this.timedOut(message.id), this.timeLimitMs);
        return;
      case "checking":
        if (run?.id === message.id) run.checking = true;
        return;
      case "late":
        // Shown only while its run's result is the latest one on the page.
        if (message.id === this.lastAnswered && !this.busy)
          this.onResult(failure(message.error.kind, message.error.message, message.error));
        return;
      case "coarse":
        if (run?.id === message.id && this.pending === undefined)
          this.onResult(message.result, { coarse: message.fraction });
        return;
      case "result":
        if (run?.id !== message.id) return; // a run already given up
        clearTimeout(run.timer);
        this.inFlight = undefined;
        this.lastAnswered = message.id;
        this.lastRunMs = message.result.ms;
        if (!message.clean) this.replace(); // the next run gets a worker nobody has touched
        this.onResult(message.result, message.note ? { note: message.note } : undefined);
        this.pump();
        return;
    }
  }

  private timedOut(id: number): void {
    const run = this.inFlight;
    if (run?.id !== id) return;
    const seconds = this.timeLimitMs / 1000;
    const ms = this.now() - (run.started ?? this.now());
    this.lastRunMs = ms;
    this.stop();
    if (run.checking) {
      this.onResult(failure("check", `the exercise's check ran for more than ${seconds} s and was stopped`, { ms }));
    } else {
      const message = `the code ran for more than ${seconds} s and was stopped (an endless loop, or too many steps?)`;
      this.onResult(failure("timeout", message, { ms }));
    }
    this.pump();
  }

  /** Reports a failure of the runner itself against the run in flight, and replaces the worker. */
  private fail(kind: "crash", message: string): void {
    const run = this.inFlight;
    this.stop();
    if (run) this.onResult(failure(kind, message));
    this.pump();
  }

  private spawn(): Runner {
    const worker = this.options.createWorker();
    const channel = (
      this.options.createChannel ?? (() => new MessageChannel() as unknown as { port1: PortLike; port2: Transferable })
    )();
    const runner: Runner = {
      worker,
      port: channel.port1,
      ready: false,
      loadTimer: setTimeout(
        () => runner === this.runner && this.fail("crash", "the code runner did not start"),
        this.loadLimitMs,
      ),
    };
    // Whatever arrives on the worker itself is not the runner's: only the port is listened to.
    worker.onmessage = () => {};
    worker.onerror = (event) => {
      event.preventDefault?.();
      if (runner !== this.runner) return;
      if (this.inFlight) this.fail("crash", `the code runner failed: ${event.message || "unknown error"}`);
      else this.replace(); // an error between runs: left behind by one; the next starts clean
    };
    channel.port1.onmessage = (event) => this.receive(runner, event.data);
    worker.postMessage({ type: "connect" }, [channel.port2]);
    return runner;
  }

  /** Replaces the worker now (the fresh one loads while the reader reads the result). */
  private replace(): void {
    this.stop();
    this.runner = this.spawn();
  }

  private stop(): void {
    if (this.inFlight) clearTimeout(this.inFlight.timer);
    this.inFlight = undefined;
    if (this.runner) {
      clearTimeout(this.runner.loadTimer);
      this.runner.port.onmessage = null;
      this.runner.port.close();
      this.runner.worker.terminate();
      this.runner = undefined;
    }
  }
}
