import { describe, expect, it, vi } from "vitest";
import { SnippetRunner, type WorkerLike } from "./snippet-runner";
import type { SnippetResult } from "./run-result";
import type { RunRequest } from "./protocol";

/** A stand-in worker that records what it is asked and answers only when told to. */
class FakeWorker implements WorkerLike {
  static all: FakeWorker[] = [];
  requests: RunRequest[] = [];
  terminated = false;
  onmessage: WorkerLike["onmessage"] = null;
  onerror: WorkerLike["onerror"] = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(message: RunRequest) {
    this.requests.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(request: RunRequest) {
    const result: SnippetResult = {
      ok: false,
      error: { kind: "runtime", message: request.code },
      console: { lines: [], dropped: 0 },
      ms: 1,
    };
    this.onmessage?.({ data: { id: request.id, result } } as MessageEvent);
  }
}

function setup(options: { supersedeAfterMs?: number } = {}) {
  FakeWorker.all = [];
  const frames: (() => void)[] = [];
  let clock = 0;
  const results: SnippetResult[] = [];
  const runner = new SnippetRunner((r) => results.push(r), {
    createWorker: () => new FakeWorker(),
    timeLimitMs: 2000,
    schedule: (cb) => frames.push(cb),
    now: () => clock,
    ...options,
  });
  const frame = () => frames.splice(0).forEach((cb) => cb());
  return { runner, frame, results, tick: (ms: number) => (clock += ms) };
}

const messages = (results: SnippetResult[]) => results.map((r) => (r.ok ? "ok" : r.error.message));

describe("SnippetRunner", () => {
  it("runs once per animation frame with the newest code, and says when it is busy", () => {
    const { runner, frame } = setup();
    expect(runner.busy).toBe(false);
    runner.submit("a");
    runner.submit("ab");
    runner.submit("abc");
    expect(runner.busy).toBe(true);
    expect(FakeWorker.all).toHaveLength(0);
    frame();
    expect(FakeWorker.all[0]!.requests.map((r) => r.code)).toEqual(["abc"]);
    FakeWorker.all[0]!.answer(FakeWorker.all[0]!.requests[0]!);
    expect(runner.busy).toBe(false);
  });

  it("starts its worker ahead of the first edit when warmed up, and uses that one", () => {
    const { runner, frame } = setup();
    runner.warmUp();
    expect(FakeWorker.all).toHaveLength(1);
    runner.warmUp();
    runner.submit("first edit");
    frame();
    expect(FakeWorker.all).toHaveLength(1);
    expect(FakeWorker.all[0]!.requests.map((r) => r.code)).toEqual(["first edit"]);
  });

  it("lets a short run finish, then runs the newest edit that came meanwhile", () => {
    const { runner, frame, results } = setup();
    runner.submit("one");
    frame();
    runner.submit("two");
    runner.submit("three");
    frame();
    const worker = FakeWorker.all[0]!;
    expect(worker.requests.map((r) => r.code)).toEqual(["one"]);
    worker.answer(worker.requests[0]!);
    expect(worker.requests.map((r) => r.code)).toEqual(["one", "three"]);
    worker.answer(worker.requests[1]!);
    expect(messages(results)).toEqual(["one", "three"]);
  });

  it("abandons a long run when a newer edit arrives, in a fresh worker, and ignores the old answer", () => {
    const { runner, frame, results, tick } = setup({ supersedeAfterMs: 150 });
    runner.submit("slow");
    frame();
    tick(200);
    runner.submit("fresh");
    frame();
    const [old, fresh] = FakeWorker.all;
    expect(old!.terminated).toBe(true);
    expect(fresh!.requests.map((r) => r.code)).toEqual(["fresh"]);
    old!.answer(old!.requests[0]!);
    fresh!.answer(fresh!.requests[0]!);
    expect(messages(results)).toEqual(["fresh"]);
  });

  it("stops a run past the time limit, says so, and runs the next edit in a new worker", () => {
    vi.useFakeTimers();
    try {
      const { runner, frame, results } = setup();
      runner.submit("while (true) {}");
      frame();
      vi.advanceTimersByTime(2001);
      expect(FakeWorker.all[0]!.terminated).toBe(true);
      expect(results[0]!.ok).toBe(false);
      expect(!results[0]!.ok && results[0]!.error.kind).toBe("timeout");
      expect(!results[0]!.ok && results[0]!.error.message).toMatch(/more than 2 s/);
      runner.submit("next");
      frame();
      expect(FakeWorker.all).toHaveLength(2);
      expect(FakeWorker.all[1]!.requests[0]!.code).toBe("next");
    } finally {
      vi.useRealTimers();
    }
  });

  it("reports a worker that fails and recovers with a new one", () => {
    const { runner, frame, results } = setup();
    runner.submit("x");
    frame();
    FakeWorker.all[0]!.onerror?.({ message: "boom", preventDefault() {} } as ErrorEvent);
    expect(!results[0]!.ok && results[0]!.error.message).toMatch(/boom/);
    runner.submit("y");
    frame();
    expect(FakeWorker.all[1]!.requests[0]!.code).toBe("y");
  });
});
