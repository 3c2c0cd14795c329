import { describe, expect, it } from "vitest";
import { collectWork, MAX_WORK_BYTES, MAX_WORK_ENTRIES, parseWork, restoreWork, sizeProblem } from "./work-file";
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
    expect(reason("x".repeat(MAX_WORK_BYTES + 1))).toMatch(/^it is 5\.0 MB; a Descent work file is at most 5 MB$/);
    expect(reason(ok)).toBe("accepted");
  });

  it("is refused by its size before it is read, and when it holds more entries than a book has", () => {
    expect(sizeProblem(700 * 1024 * 1024)).toBe("it is 700 MB; a Descent work file is at most 5 MB");
    expect(sizeProblem(MAX_WORK_BYTES)).toBeUndefined();
    const entries = Object.fromEntries(
      Array.from({ length: MAX_WORK_ENTRIES + 1 }, (_, i) => [`descent:exercise:made-up-${i}`, progress]),
    );
    const file = { format: "descent-work", version: 1, saved: "2026-11-25T10:00:00Z", entries };
    expect(parseWork(JSON.stringify(file))).toEqual({
      ok: false,
      reason: `it holds 1,001 entries; a Descent work file holds at most ${MAX_WORK_ENTRIES}`,
    });
  });

  it("brings progress only for exercises the book has, and names the others", () => {
    const file = {
      format: "descent-work",
      version: 1,
      saved: "2026-11-25T10:00:00Z",
      entries: { "descent:exercise:ch3-largest-step": progress, "descent:exercise:gone": progress },
    };
    const parsed = parseWork(JSON.stringify(file), new Set(["ch3-largest-step"]));
    expect(parsed).toMatchObject({ ok: true, exercises: 1, leftOut: ["gone"] });
    if (parsed.ok) expect(Object.keys(parsed.work.entries)).toEqual(["descent:exercise:ch3-largest-step"]);
  });

  it("loads all or nothing: a store that fills up half-way keeps exactly what it had", () => {
    /** A store that holds at most `capacity` characters of keys and values. */
    class SmallStorage extends MemoryStorage {
      constructor(private capacity: number) {
        super();
      }
      override setItem(key: string, value: string) {
        const used = collectWork(this).entries;
        const after = Object.entries({ ...used, [key]: value }).reduce((n, [k, v]) => n + k.length + v.length, 0);
        if (after > this.capacity) throw new DOMException("full", "QuotaExceededError");
        super.setItem(key, value);
      }
    }
    const theirs = edit.replace("0.7", "0.9");
    const work = {
      format: "descent-work" as const,
      version: 1 as const,
      saved: "x",
      entries: { "descent:code:mine": theirs, "descent:code:a": edit, "descent:code:b": edit },
    };
    // Room for the student's edit and one more entry: the third write fails, and all is undone.
    const entry = "descent:code:mine".length + edit.length;
    const store = new SmallStorage(2 * entry + 2);
    store.setItem("descent:code:mine", edit);
    const before = collectWork(store, new Date(0));
    expect(restoreWork(work, store)).toEqual({ ok: false, restored: true });
    expect(collectWork(store, new Date(0))).toEqual(before);

    /** A store turned off after `writes` writes: what was replaced cannot be put back, and that is said. */
    class FailingStorage extends MemoryStorage {
      constructor(private writes: number) {
        super();
      }
      override setItem(key: string, value: string) {
        if (this.writes-- <= 0) throw new DOMException("off", "SecurityError");
        super.setItem(key, value);
      }
    }
    const off = new FailingStorage(2);
    off.setItem("descent:code:mine", edit);
    expect(restoreWork(work, off)).toEqual({ ok: false, restored: false });
  });
});
