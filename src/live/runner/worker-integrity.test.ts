import { afterEach, describe, expect, it } from "vitest";
import { watchIntegrity } from "./worker-integrity";

const restore: (() => void)[] = [];
afterEach(() => restore.splice(0).forEach((undo) => undo()));

describe("the worker's integrity check", () => {
  it("finds nothing changed after a run that changed nothing (NaN is NaN)", () => {
    const changed = watchIntegrity(globalThis, { numerics: { TONES: ["blue"], figure: () => 1 } });
    expect(changed()).toBeUndefined();
    expect(changed()).toBeUndefined();
  });

  it("names a patched built-in, a new global, and a changed module export", () => {
    const changed = watchIntegrity(globalThis, { numerics: { TONES: ["blue"] } });
    const map = Array.prototype.map;
    Array.prototype.map = () => [];
    restore.push(() => (Array.prototype.map = map));
    expect(changed()).toBe("Array.prototype.map");
    restore.splice(0).forEach((undo) => undo());
    expect(changed()).toBeUndefined();

    (globalThis as Record<string, unknown>).leftBehind = 1;
    restore.push(() => delete (globalThis as Record<string, unknown>).leftBehind);
    expect(changed()).toBe("the global scope.leftBehind");
    restore.splice(0).forEach((undo) => undo());

    const tones = ["blue"];
    const withModule = watchIntegrity(globalThis, { numerics: { TONES: tones } });
    tones.push("neon");
    expect(withModule()).toBe("numerics's TONES.1");
  });
});
