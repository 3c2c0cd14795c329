import { describe, expect, it } from "vitest";
import { runSnippet } from "./run-snippet";
import { SNIPPET_MODULES } from "./snippet-modules";
import { SAMPLE, warmUp } from "./warm-up";

describe("a spare worker's warm-up", () => {
  it("runs code like a block's (TypeScript, imports, a figure of two panels) without an error", () => {
    const result = runSnippet(SAMPLE, SNIPPET_MODULES);
    expect(result.ok ? result.figure?.panels.length : result.error.message).toBe(2);
  });

  it("runs one sample a task, and stops when told (a block took the worker)", () => {
    const queue: (() => void)[] = [];
    const stop = warmUp(
      SNIPPET_MODULES,
      (next) => queue.push(next),
      () => queue.splice(0),
    );
    expect(queue).toHaveLength(1);
    queue.shift()!();
    expect(queue).toHaveLength(1); // the next run waits for a task of its own
    stop();
    expect(queue).toHaveLength(0);
  });
});
