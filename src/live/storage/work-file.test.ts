import { describe, expect, it } from "vitest";
import { collectWork, parseWork, restoreWork } from "./work-file";
import { MemoryStorage } from "../../../test/doubles/memory-storage";

const edit = JSON.stringify({ v: 1, book: "abcd1234", code: "const eta = 0.7;" });
const progress = JSON.stringify({ tried: true, solved: true, solutionSeen: false });

describe("a work file", () => {
  it("carries every saved edit and exercise's progress, and nothing else, to another browser", () => {
    const here = new MemoryStorage();
    here.setItem("descent:code:ch2-gd-vs-flow", edit);
    here.setItem("descent:exercise:ex-euler-order", progress);
    here.setItem("descent:theme", "dark");
    here.setItem("someone-else", "x");
    const text = JSON.stringify(collectWork(here, new Date("2026-11-25T10:00:00Z")));
    const parsed = parseWork(text);
    expect(parsed).toMatchObject({ ok: true, edits: 1, exercises: 1 });
    const there = new MemoryStorage();
    if (parsed.ok) restoreWork(parsed.work, there);
    expect(there.getItem("descent:code:ch2-gd-vs-flow")).toBe(edit);
    expect(there.getItem("descent:exercise:ex-euler-order")).toBe(progress);
    expect(there.length).toBe(2);
  });

  it("is refused with a reason when it is not one of ours, is damaged, or from another version", () => {
    const ok = { format: "descent-work", version: 1, saved: "2026-11-25T10:00:00Z", entries: {} };
    const reason = (value: unknown) => {
      const r = parseWork(typeof value === "string" ? value : JSON.stringify(value));
      return r.ok ? "accepted" : r.reason;
    };
    expect(reason("%PDF-1.4 …")).toMatch(/not JSON/);
    expect(reason({ hello: 1 })).toMatch(/not a Descent work file/);
    expect(reason({ ...ok, version: 2 })).toMatch(/another version/);
    expect(reason({ ...ok, entries: null })).toMatch(/damaged/);
    expect(reason({ ...ok, entries: { "descent:code:x": "{broken" } })).toMatch(/damaged \(entry descent:code:x/);
    expect(reason({ ...ok, entries: { "descent:theme": "dark" } })).toMatch(/not one of Descent's/);
    expect(reason({ ...ok, entries: { "descent:code:x": 3 } })).toMatch(/not text/);
    expect(reason("x".repeat(5_000_001))).toMatch(/larger/);
    expect(reason(ok)).toBe("accepted");
  });
});
