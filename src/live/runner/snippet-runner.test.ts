import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { RunRequest } from "./protocol";
import { failure, NO_OUTPUT, type SnippetResult } from "./run-result";
import { SnippetRunner, type PortLike, type WorkerLike } from "./snippet-runner";

const figure = { type: "figure", panels: [{ x: { label: "t" }, y: { label: "y" }, series: [] }] };

/** A stand-in worker and its port, answering only when told to. */
class FakeWorker implements WorkerLike {
  static all: FakeWorker[] = [];
  requests: RunRequest[] = [];
  terminated = false;
  onmessage: WorkerLike["onmessage"] = null;
  onerror: WorkerLike["onerror"] = null;
  readonly port: PortLike = { postMessage: (m) => this.requests.push(m), onmessage: null, close: () => {} };
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage() {}
  terminate() {
    this.terminated = true;
  }
  /** Sends `data` as the worker would, on its port. */
  say(data: unknown) {
    this.port.onmessage?.({ data } as MessageEvent);
  }
  ready() {
    this.say({ type: "ready" });
  }
  start(request = this.requests.at(-1)!) {
    this.say({ type: "started", id: request.id });
  }
  /** Starts and answers `request` with a failure whose message is its code (or `result`). */
  answer(request = this.requests.at(-1)!, options: { clean?: boolean; result?: SnippetResult } = {}) {
    this.start(request);
    const result = options.result ?? failure("runtime", request.code);
    this.say({ type: "result", id: request.id, result, clean: options.clean ?? true });
  }
}

let clock = 0;
function setup(options: { supersedeAfterMs?: number } = {}) {
  FakeWorker.all = [];
  const results: SnippetResult[] = [];
  const notes: (string | undefined)[] = [];
  const runner = new SnippetRunner(
    (r, info) => {
      results.push(r);
      notes.push(info?.note);
    },
    {
      createWorker: () => new FakeWorker(),
      createChannel: () => {
        const worker = FakeWorker.all.at(-1)!;
        return { port1: worker.port, port2: {} as Transferable };
      },
      now: () => clock,
      ...options,
    },
  );
  const worker = (i: number) => FakeWorker.all[i]!;
  return { runner, results, notes, worker };
}
const messages = (results: SnippetResult[]) => results.map((r) => (r.ok ? "ok" : r.error.message));

beforeEach(() => {
  vi.useFakeTimers();
  clock = 0;
});
afterEach(() => vi.useRealTimers());

describe("SnippetRunner", () => {
  it("posts an edit in the task that made it once its worker is ready, and says when it is busy", () => {
    const { runner, worker } = setup();
    expect(runner.busy).toBe(false);
    runner.submit("a");
    expect(runner.busy).toBe(true);
    expect(worker(0).requests).toEqual([]); // still loading
    runner.submit("ab");
    worker(0).ready();
    expect(worker(0).requests.map((r) => r.code)).toEqual(["ab"]);
    runner.submit("abc");
    expect(worker(0).requests.map((r) => r.code)).toEqual(["ab"]); // one run at a time
    worker(0).answer(worker(0).requests[0]);
    expect(worker(0).requests.map((r) => r.code)).toEqual(["ab", "abc"]); // the newest, at once
    worker(0).answer();
    expect(runner.busy).toBe(false);
  });

  it("starts its worker ahead of the first edit when warmed up, and uses that one", () => {
    const { runner, worker } = setup();
    runner.warmUp();
    runner.warmUp();
    worker(0).ready();
    runner.submit("first edit");
    expect(FakeWorker.all).toHaveLength(1);
    expect(worker(0).requests.map((r) => r.code)).toEqual(["first edit"]);
  });

  it("lets a short run finish, then runs only the newest edit that came meanwhile", () => {
    const { runner, results, worker } = setup();
    runner.warmUp();
    worker(0).ready();
    runner.submit("one");
    worker(0).start();
    runner.submit("two");
    runner.submit("three");
    expect(worker(0).requests.map((r) => r.code)).toEqual(["one"]);
    worker(0).answer(worker(0).requests[0]);
    worker(0).answer();
    expect(messages(results)).toEqual(["one", "three"]);
  });

  it("abandons a long run when a newer edit arrives, in a fresh worker, and ignores the old answer", () => {
    const { runner, results, worker } = setup({ supersedeAfterMs: 150 });
    runner.warmUp();
    worker(0).ready();
    runner.submit("slow");
    worker(0).start();
    clock += 200;
    runner.submit("fresh");
    expect(worker(0).terminated).toBe(true);
    worker(1).ready();
    expect(worker(1).requests.map((r) => r.code)).toEqual(["fresh"]);
    worker(0).answer(worker(0).requests[0]);
    worker(1).answer();
    expect(messages(results)).toEqual(["fresh"]);
  });

  it("lets a run of its usual length finish when newer edits come (a scrub): the newest runs next, same worker", () => {
    const { runner, results, worker } = setup({ supersedeAfterMs: 16 });
    runner.warmUp();
    worker(0).ready();
    runner.submit("one");
    worker(0).answer(undefined, { result: { ...failure("runtime", "one"), ms: 100 } });
    runner.submit("two");
    worker(0).start();
    clock += 50; // past a frame, but not past twice the 100 ms the last run took
    runner.submit("three");
    runner.submit("four");
    expect(worker(0).terminated).toBe(false);
    worker(0).answer(worker(0).requests[1]);
    expect(worker(0).requests.map((r) => r.code)).toEqual(["one", "two", "four"]);
    worker(0).answer();
    expect(messages(results)).toEqual(["one", "two", "four"]);
    expect(FakeWorker.all).toHaveLength(1);
  });

  it("abandons a run that goes on for twice its usual time while an edit waits, without another key", () => {
    const { runner, results, worker } = setup({ supersedeAfterMs: 16 });
    runner.warmUp();
    worker(0).ready();
    runner.submit("one");
    worker(0).answer(undefined, { result: { ...failure("runtime", "one"), ms: 100 } });
    runner.submit("T = 8007");
    worker(0).start();
    runner.submit("T = 800");
    clock += 199;
    vi.advanceTimersByTime(199);
    expect(worker(0).terminated).toBe(false);
    clock += 1;
    vi.advanceTimersByTime(1);
    expect(worker(0).terminated).toBe(true);
    worker(1).ready();
    expect(worker(1).requests.map((r) => r.code)).toEqual(["T = 800"]);
    worker(1).answer();
    expect(messages(results)).toEqual(["one", "T = 800"]);
  });

  it("after a run stopped at the time limit, waits at most 250 ms behind a slow run before abandoning it", () => {
    const { runner, results, worker } = setup({ supersedeAfterMs: 16 });
    runner.warmUp();
    worker(0).ready();
    runner.submit("while (true) {}");
    worker(0).start();
    clock += 2001;
    vi.advanceTimersByTime(2001); // stopped: the last run "took" 2 s
    runner.submit("slow");
    worker(1).ready();
    worker(1).start();
    runner.submit("fixed");
    clock += 249;
    vi.advanceTimersByTime(249);
    expect(worker(1).terminated).toBe(false);
    clock += 1;
    vi.advanceTimersByTime(1);
    expect(worker(1).terminated).toBe(true);
    worker(2).ready();
    worker(2).answer();
    expect(messages(results).at(-1)).toBe("fixed");
  });

  it("stops a run past the time limit, counted from its start, and runs the next edit in a new worker", () => {
    const { runner, results, worker } = setup();
    runner.submit("while (true) {}");
    vi.advanceTimersByTime(5000); // loading does not count against the run
    worker(0).ready();
    worker(0).start();
    vi.advanceTimersByTime(2001);
    expect(worker(0).terminated).toBe(true);
    expect(results[0]).toMatchObject({
      ok: false,
      error: { kind: "timeout", message: expect.stringMatching(/more than 2 s/) },
    });
    runner.submit("next");
    worker(1).ready();
    expect(worker(1).requests[0]!.code).toBe("next");
  });

  it("replaces a worker that a run closed or left busy, and runs the next edit there (judged on its own)", () => {
    const { runner, results, worker } = setup();
    runner.warmUp();
    worker(0).ready();
    runner.submit("close()");
    worker(0).answer(); // it answered, then closed itself
    runner.submit("valid");
    vi.advanceTimersByTime(1001); // no "started" from a closed worker
    expect(worker(0).terminated).toBe(true);
    worker(1).ready();
    expect(worker(1).requests.map((r) => r.code)).toEqual(["valid"]);
    worker(1).answer(worker(1).requests[0], {
      result: { ok: true, figure, notes: [], console: NO_OUTPUT, ms: 1 } as never,
    });
    expect(messages(results)).toEqual(["close()", "ok"]);
  });

  it("replaces a worker whose run changed its shared objects before the next run, and passes the note on", () => {
    const { runner, notes, worker } = setup();
    runner.warmUp();
    worker(0).ready();
    runner.submit("Array.prototype.map = null");
    worker(0).start();
    worker(0).say({
      type: "result",
      id: 1,
      result: failure("runtime", "x"),
      clean: false,
      note: "changed Array.prototype.map",
    });
    expect(worker(0).terminated).toBe(true);
    expect(notes).toEqual(["changed Array.prototype.map"]);
    runner.submit("next");
    worker(1).ready();
    expect(worker(1).requests.map((r) => r.code)).toEqual(["next"]);
  });

  it("believes no message it cannot check: a malformed result is reported and the worker replaced", () => {
    const { runner, results, worker } = setup();
    runner.warmUp();
    worker(0).ready();
    runner.submit("x");
    worker(0).start();
    const forged = { ok: true, figure: { type: "figure", panels: null }, notes: [], console: NO_OUTPUT, ms: 1 };
    worker(0).say({ type: "result", id: 1, result: forged, clean: true });
    expect(results[0]).toMatchObject({
      ok: false,
      error: { kind: "crash", message: expect.stringMatching(/cannot be shown/) },
    });
    expect(worker(0).terminated).toBe(true);
    worker(0).say(null); // from a replaced worker: ignored
    expect(results).toHaveLength(1);
  });

  it("reports a worker that fails during a run and recovers with a new one", () => {
    const { runner, results, worker } = setup();
    runner.warmUp();
    worker(0).ready();
    runner.submit("x");
    worker(0).onerror?.({ message: "boom", preventDefault() {} } as ErrorEvent);
    expect(!results[0]!.ok && results[0]!.error.message).toMatch(/boom/);
    runner.submit("y");
    worker(1).ready();
    expect(worker(1).requests[0]!.code).toBe("y");
  });

  it("calls a run settled once its worker says, after the result, that nothing of it still runs", () => {
    const { runner, worker } = setup();
    runner.warmUp();
    worker(0).ready();
    runner.submit("a");
    worker(0).answer();
    const settled: string[] = [];
    runner.whenSettled(() => settled.push("a"));
    expect(settled).toEqual([]);
    worker(0).say({ type: "idle", id: 1, clean: true });
    expect(settled).toEqual(["a"]);
    runner.whenSettled(() => settled.push("now")); // nothing is settling: at once
    expect(settled).toEqual(["a", "now"]);
    vi.advanceTimersByTime(5000);
    expect(worker(0).terminated).toBe(false);
  });

  it("stops a worker that does not say it is idle soon after a result, says why, and runs the next edit anew", () => {
    const { runner, results, worker } = setup();
    let stillRunning = 0;
    runner.onStillRunning = () => stillRunning++;
    runner.warmUp();
    worker(0).ready();
    runner.submit("(async () => { for (;;) await null; })();");
    worker(0).answer();
    const settled: string[] = [];
    runner.whenSettled(() => settled.push("never"));
    vi.advanceTimersByTime(399);
    expect(worker(0).terminated).toBe(false);
    vi.advanceTimersByTime(2);
    expect(worker(0).terminated).toBe(true);
    expect(stillRunning).toBe(1);
    expect(results.at(-1)).toMatchObject({
      ok: false,
      error: { kind: "timeout", message: expect.stringMatching(/^the code kept running after it finished/) },
    });
    expect(settled).toEqual([]);
    runner.submit("next");
    worker(1).ready();
    expect(worker(1).requests.map((r) => r.code)).toEqual(["next"]);
  });

  it("posts the next edit at once, and resends it to a fresh worker when the old one turns out still running", () => {
    const { runner, results, worker } = setup();
    runner.warmUp();
    worker(0).ready();
    runner.submit("loop after");
    worker(0).answer();
    runner.submit("next");
    expect(worker(0).requests.map((r) => r.code)).toEqual(["loop after", "next"]); // not held back
    vi.advanceTimersByTime(401); // it never starts "next": its microtasks starve the worker
    expect(worker(0).terminated).toBe(true);
    worker(1).ready();
    expect(worker(1).requests.map((r) => r.code)).toEqual(["next"]);
    worker(1).answer();
    expect(messages(results)).toEqual(["loop after", "next"]); // the newer result says what matters now
  });

  it("replaces a worker that says it is idle but was changed after the result, and says what changed", () => {
    const { runner, results, worker } = setup();
    runner.warmUp();
    worker(0).ready();
    runner.submit("late patch");
    worker(0).answer();
    worker(0).say({ type: "idle", id: 1, clean: false, note: "the code changed Math.abs after it finished" });
    expect(worker(0).terminated).toBe(true);
    expect(messages(results).at(-1)).toBe("the code changed Math.abs after it finished");
  });

  it("blames a loop in the student's function the check called on the student, and the check's own on it", () => {
    for (const [phase, said] of [
      [
        { phase: "student", what: "step", how: "call" },
        /^your step ran for more than 2 s when the exercise's check called it/,
      ],
      [{ phase: "check" }, /^the exercise's check ran for more than 2 s/],
    ] as const) {
      const { runner, results, worker } = setup();
      runner.warmUp();
      worker(0).ready();
      runner.submit("export function step() {}", "export default ({ step }) => step()");
      worker(0).start();
      worker(0).say({ type: "phase", id: 1, phase: "check" });
      worker(0).say({ type: "phase", id: 1, ...phase });
      vi.advanceTimersByTime(2001);
      expect(results[0]).toMatchObject({
        ok: false,
        error: { kind: phase.phase === "check" ? "check" : "timeout", message: expect.stringMatching(said) },
      });
    }
  });
});

describe("SnippetRunner and a second reader of its figures (the page's painter)", () => {
  it("hands each new worker the reader's port, and says which runs are current as they are posted or overtaken", () => {
    FakeWorker.all = [];
    const current: [number, number][] = [];
    const given: unknown[][] = [];
    const ports = [{ port: 1 }, { port: 2 }];
    const runner = new SnippetRunner(() => {}, {
      createWorker: () => {
        const worker = new FakeWorker();
        worker.postMessage = ((_m: unknown, transfer: unknown[] = []) => void given.push(transfer)) as never;
        return worker;
      },
      createChannel: () => ({ port1: FakeWorker.all.at(-1)!.port, port2: {} as Transferable }),
      now: () => clock,
      figureReader: {
        port: () => ports.shift() as unknown as Transferable,
        current: (run, coarseUpTo) => void current.push([run, coarseUpTo]),
      },
    });
    runner.submit("a");
    const first = FakeWorker.all[0]!;
    expect(given[0]).toContainEqual({ port: 1 });
    first.ready();
    expect(current).toEqual([[1, 0]]); // run 1 posted: its coarse result and whole one are current
    runner.submit("ab"); // waits behind run 1: its whole result is still drawn, not a coarse one
    expect(current.at(-1)).toEqual([1, 1]);
    first.answer();
    expect(current.at(-1)).toEqual([2, 1]); // run 2 posted: run 1 is past
    // A worker replaced (run 2 never started on it, and is sent to a fresh one) gets a port of its own.
    vi.advanceTimersByTime(5000);
    runner.submit("abc");
    expect(given.at(-1)).toContainEqual({ port: 2 });
  });
});
