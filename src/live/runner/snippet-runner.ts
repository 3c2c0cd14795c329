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
/**
 * The longest an edit waits behind a run of the usual length: twice the last whole run, but never more
 * than this (after a run stopped at the time limit, "its usual length" is that limit).
 */
const MOST_PATIENCE_MS = 250;

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
   * A run going for longer than this, and for twice as long as the last whole run took, is abandoned
   * when a newer edit waits (a frame, 16 ms): the newer edit runs at once in another worker (a warm
   * spare, see create-worker.ts).
   */
  supersedeAfterMs?: number;
  /** Code whose last whole run took longer than this runs coarse first (10 ms). */
  draftAboveMs?: number;
  /** A ready worker that does not start a run within this long is replaced and the run resent (1 s). */
  startLimitMs?: number;
  /** A worker that does not load within this long is reported (20 s: a slow phone on a slow link). */
  loadLimitMs?: number;
  /**
   * A worker that does not say it is idle this long after a result is still running something the
   * run left (a loop of promises): it is stopped and replaced (400 ms).
   */
  idleLimitMs?: number;
  now?: () => number;
  /**
   * A second reader of the runs' results (the page's chart painter, figure/painter.ts): each new
   * worker is given `port()` (when there is one) and sends its results there too; `current` says, as
   * runs are posted or overtaken, which results are still worth drawing (see painter-protocol.ts).
   */
  figureReader?: {
    port(): Transferable | undefined;
    current(run: number, coarseUpTo: number): void;
  };
}

/** One worker and the port to it. */
interface Runner {
  worker: WorkerLike;
  port: PortLike;
  /**
   * The worker's word that a run started, on a channel of its own: a message behind another on one
   * port waits a turn of the page's task queue (each is read in a task of its own), and behind the
   * frame that shows the key a turn lets other work go first. On its own port the result is first.
   */
  started: PortLike;
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
  /** What the run does, by the worker's word: its code (until told), its check, or student code the check runs. */
  phase?: { in: "check" } | { in: "student"; what: string; how: "call" | "read" };
}

/** A run answered, until its worker says that nothing of it still runs. */
interface Settling {
  id: number;
  timer: ReturnType<typeof setTimeout>;
  armed: number;
  /** Called once the worker has said so (or is gone); dropped when it kept running. */
  then: (() => void)[];
}

/** What came with a result: the worker's note, or that the result is coarse (at `coarse` of its steps). */
export interface ResultInfo {
  note?: string;
  coarse?: number;
  /** The run that gave it (they count up: a higher one is newer code). */
  run?: number;
}

/** A coarse first result aims to take about this long. */
const DRAFT_TARGET_MS = 4;

/**
 * The main-thread side of the live-code runtime: at most one run in flight per block, in a worker of
 * its own, and every message from that worker checked before it is believed.
 *
 * - `submit(code)` posts at once when the worker is idle (in the task of the edit); edits that arrive
 *   while a run is in flight wait, and only the newest runs when it answers.
 * - An edit waiting behind a run that has gone on longer than `supersedeAfterMs` (a frame) and than
 *   twice the last whole run (at most 250 ms) replaces the worker and runs in a fresh one: no edit
 *   waits behind a stale run for longer than that. A run of its usual length is let finish (a fresh worker starts
 *   cold, and while a number is scrubbed a worker restarted for every value would draw none of
 *   them). A run going for `timeLimitMs` (an endless loop) is stopped.
 * - Code whose last whole run took longer than `draftAboveMs` runs first at a fraction of its steps
 *   (a coarse result, shown as such), then whole.
 * - A worker that a run closed, froze after it finished, or changed (the worker says so) is replaced
 *   before the next run, so each run starts clean and is judged on its own.
 * - After each result the worker must say, from a task of its own, that nothing of the run still
 *   runs; one that does not within `idleLimitMs` (a loop of promises starves its tasks) is stopped,
 *   replaced, and the student told what their code did. Until then the run is not "settled".
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
  /** Looks again at a waiting edit once the run ahead of it has gone on long enough to abandon. */
  private supersedeTimer: ReturnType<typeof setTimeout> | undefined;
  private settling: Settling | undefined;
  /** Called when a run is found still running after its result (and was stopped). */
  onStillRunning: (() => void) | undefined;
  private readonly timeLimitMs: number;
  private readonly supersedeAfterMs: number;
  private readonly draftAboveMs: number;
  private readonly startLimitMs: number;
  private readonly loadLimitMs: number;
  private readonly idleLimitMs: number;
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
    this.idleLimitMs = options.idleLimitMs ?? 400;
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
      const most = MAX_CODE_LENGTH.toLocaleString("en");
      this.onResult(
        failure("refused", `the code is ${code.length.toLocaleString("en")} characters long; the most is ${most}`),
      );
      return;
    }
    this.pending = code;
    // A newer edit waits: the run in flight may still give its whole result, but not a coarse one.
    if (this.inFlight) this.options.figureReader?.current(this.inFlight.id, this.inFlight.id);
    this.pump();
  }

  dispose(): void {
    this.stop();
    this.pending = undefined;
  }

  /**
   * Calls `then` once the latest result's run has settled: its worker said that nothing of it still
   * runs (or the worker is gone). Never, if it was found still running.
   */
  whenSettled(then: () => void): void {
    if (this.settling) this.settling.then.push(then);
    else then();
  }

  /** Starts the pending code if it can: the worker ready and idle, or its run old enough to abandon. */
  private pump(): void {
    if (this.pending === undefined) return;
    if (this.inFlight) {
      const started = this.inFlight.started;
      if (started === undefined) return; // picked up when it starts or answers
      const patience = Math.max(this.supersedeAfterMs, Math.min(2 * this.lastRunMs, MOST_PATIENCE_MS));
      const waited = this.now() - started;
      if (waited < patience) {
        // Picked up when it answers, or abandoned once it has gone on for `patience`.
        clearTimeout(this.supersedeTimer);
        this.supersedeTimer = setTimeout(() => this.pump(), patience - waited);
        return;
      }
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
    this.options.figureReader?.current(id, id - 1);
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
        if (this.pending !== undefined) this.pump(); // an edit already waits: how long it may
        return;
      case "phase":
        if (run?.id === message.id)
          run.phase =
            message.phase === "check" ? { in: "check" } : { in: "student", what: message.what, how: message.how };
        return;
      case "idle":
        if (this.settling?.id !== message.id) return;
        if (!message.clean) {
          // What ran after the result changed the worker: the next run gets a fresh one.
          this.restart();
          if (message.note && message.id === this.lastAnswered && !this.busy)
            this.onResult(failure("runtime", message.note));
        } else {
          this.settle();
        }
        return;
      case "late":
        // Shown only while its run's result is the latest one on the page.
        if (message.id === this.lastAnswered && !this.busy)
          this.onResult(failure(message.error.kind, message.error.message, message.error));
        return;
      case "coarse":
        if (run?.id === message.id && this.pending === undefined)
          this.onResult(message.result, { coarse: message.fraction, run: message.id });
        return;
      case "result":
        if (run?.id !== message.id) return; // a run already given up
        clearTimeout(run.timer);
        this.inFlight = undefined;
        this.lastAnswered = message.id;
        this.lastRunMs = message.result.ms;
        this.settle(); // (a previous run's, if its word never came: the worker has answered since)
        // A worker the run changed is replaced (the next run gets one nobody has touched); any other
        // must still say that nothing of the run is running.
        if (message.clean) this.watchUntilIdle(message.id);
        else this.replace();
        this.onResult(message.result, { run: message.id, ...(message.note ? { note: message.note } : {}) });
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
    const phase = run.phase;
    if (phase?.in === "check") {
      this.onResult(failure("check", `the exercise's check ran for more than ${seconds} s and was stopped`, { ms }));
    } else if (phase?.in === "student") {
      const doing = phase.how === "call" ? `your ${phase.what}` : `reading your ${phase.what}`;
      const message =
        `${doing} ran for more than ${seconds} s when the exercise's check ` +
        `${phase.how === "call" ? "called" : "read"} ` +
        "it, and was stopped (an endless loop for the check's input?)";
      this.onResult(failure("timeout", message, { ms }));
    } else {
      const message = `the code ran for more than ${seconds} s and was stopped (an endless loop, or too many steps?)`;
      this.onResult(failure("timeout", message, { ms }));
    }
    this.pump();
  }

  /** Watches the worker after run `id`'s result until it says it is idle. */
  private watchUntilIdle(id: number): void {
    const armed = this.now();
    const timer = setTimeout(() => this.notIdle(id), this.idleLimitMs);
    this.settling = { id, timer, armed, then: [] };
  }

  /** The run settled: nothing of it runs any more. */
  private settle(): void {
    const settling = this.settling;
    if (!settling) return;
    clearTimeout(settling.timer);
    this.settling = undefined;
    for (const then of settling.then) then();
  }

  /** No word from the worker in time after run `id`'s result: it is still running something of that run. */
  private notIdle(id: number): void {
    const settling = this.settling;
    if (settling?.id !== id) return;
    // A page too busy to hear the worker in time (its answer may be waiting): one short grace.
    const late = this.now() - settling.armed - this.idleLimitMs;
    if (late > 100) {
      settling.armed = this.now() - this.idleLimitMs + 50;
      settling.timer = setTimeout(() => this.notIdle(id), 50);
      return;
    }
    settling.then.length = 0;
    this.settling = undefined;
    this.restart();
    const message =
      "the code kept running after it finished (an async function awaiting in an endless loop, or promises that " +
      "never stop?), so it was stopped: figure code runs once, top to bottom";
    if (id === this.lastAnswered && this.pending === undefined) this.onResult(failure("timeout", message));
    this.onStillRunning?.(); // after the report: what follows it is told, not what it replaced
    this.pump();
  }

  /** Replaces the worker now; a run posted to the old one and not yet answered is posted again to the new one. */
  private restart(): void {
    const run = this.inFlight;
    this.stop();
    if (run) this.pending ??= run.code;
    this.runner = this.spawn();
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
    const makeChannel =
      this.options.createChannel ?? (() => new MessageChannel() as unknown as { port1: PortLike; port2: Transferable });
    const channel = makeChannel();
    const startedChannel = makeChannel();
    const runner: Runner = {
      worker,
      port: channel.port1,
      started: startedChannel.port1,
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
    startedChannel.port1.onmessage = (event) => this.receive(runner, event.data);
    const figurePort = this.options.figureReader?.port();
    worker.postMessage({ type: "connect" }, [channel.port2, startedChannel.port2, ...(figurePort ? [figurePort] : [])]);
    return runner;
  }

  /** Replaces the worker now (the fresh one loads while the reader reads the result). */
  private replace(): void {
    this.stop();
    this.runner = this.spawn();
  }

  private stop(): void {
    clearTimeout(this.supersedeTimer);
    if (this.inFlight) clearTimeout(this.inFlight.timer);
    this.inFlight = undefined;
    this.settle(); // the worker is gone: nothing of a run still runs
    if (this.runner) {
      clearTimeout(this.runner.loadTimer);
      for (const port of [this.runner.port, this.runner.started]) {
        port.onmessage = null;
        port.close();
      }
      this.runner.worker.terminate();
      this.runner = undefined;
    }
  }
}
