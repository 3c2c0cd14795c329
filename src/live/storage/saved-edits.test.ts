import { describe, expect, it } from "vitest";
import { clearEdit, hashCode, loadEdit, runningGuard, saveEdit } from "./saved-edits";
import { MemoryStorage } from "../../../test/doubles/memory-storage";

describe("saved edits", () => {
  it("keeps a student's edit and gives it back", () => {
    const s = new MemoryStorage();
    saveEdit("b", "book", "mine", s);
    expect(loadEdit("b", "book", s)).toEqual({ code: "mine", bookChanged: false });
    clearEdit("b", s);
    expect(loadEdit("b", "book", s)).toBeUndefined();
  });

  it("notices that the book's code changed since the edit", () => {
    const s = new MemoryStorage();
    saveEdit("b", "book v1", "mine", s);
    expect(loadEdit("b", "book v2", s)).toEqual({ code: "mine", bookChanged: true });
  });

  it("stores nothing for code equal to the book's", () => {
    const s = new MemoryStorage();
    saveEdit("b", "book", "mine", s);
    saveEdit("b", "book", "book", s);
    expect(s.length).toBe(0);
  });

  it("ignores corrupt or foreign entries and a storage that throws", () => {
    const s = new MemoryStorage();
    for (const junk of ["{not json", "null", "42", '{"v":2,"book":"x","code":"y"}', '{"v":1,"code":5}']) {
      s.setItem("descent:code:b", junk);
      expect(loadEdit("b", "book", s)).toBeUndefined();
    }
    const throwing = {
      getItem() {
        throw new Error("denied");
      },
      setItem() {
        throw new Error("full");
      },
      removeItem() {
        throw new Error("denied");
      },
    } as unknown as Storage;
    expect(loadEdit("b", "book", throwing)).toBeUndefined();
    expect(saveEdit("b", "book", "mine", throwing)).toBe(false); // said, not swallowed
    expect(saveEdit("b", "book", "mine", new MemoryStorage())).toBe(true);
  });

  it("hashes different code differently", () => {
    expect(hashCode("const eta = 0.5;")).not.toBe(hashCode("const eta = 0.6;"));
    expect(hashCode("")).toBe("811c9dc5");
  });

  it("leaves a mark while a saved edit runs on arrival, found by the next visit if the page never drew it", () => {
    const s = new MemoryStorage();
    expect(runningGuard.wasLeft("b", s)).toBe(false);
    runningGuard.mark("b", s);
    expect(runningGuard.wasLeft("b", s)).toBe(true); // the page stopped before drawing
    runningGuard.clear("b", s);
    expect(runningGuard.wasLeft("b", s)).toBe(false);
    runningGuard.mark("b", s);
    clearEdit("b", s); // Reset forgets the mark with the edit
    expect(runningGuard.wasLeft("b", s)).toBe(false);
  });
});
