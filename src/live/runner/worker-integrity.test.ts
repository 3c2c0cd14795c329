import { afterEach, describe, expect, it } from "vitest";
import { syntaxIntrinsics, watchIntegrity } from "./worker-integrity";

const undo: (() => void)[] = [];
afterEach(() => undo.splice(0).forEach((step) => step()));

/** Replaces `target[key]` with `value` until the test ends. */
function patch(target: object, key: PropertyKey, value: unknown): void {
  const before = Reflect.getOwnPropertyDescriptor(target, key);
  Reflect.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
  undo.unshift(() => (before ? Reflect.defineProperty(target, key, before) : Reflect.deleteProperty(target, key)));
}

// A global object with JavaScript's own built-ins (those of this realm) and a host object, for a walk
// that watches and does not freeze: this test process shares these built-ins.
const host = { api: { fetchLater() {} } };
const global = { Object, Function, Array, Math, JSON, Number, String, Promise, Map, Reflect, ...host };
const watch = () =>
  watchIntegrity(global, { numerics: { TONES: ["blue"], figure: () => 1 } }, { seeds: syntaxIntrinsics() });

describe("the worker's integrity check", () => {
  it("finds nothing changed after a run that changed nothing (NaN is NaN)", () => {
    const integrity = watch();
    expect(integrity.changed()).toBeUndefined();
    expect(integrity.changed()).toBeUndefined();
  });

  it("names a patched built-in, a new global, a changed module export and a host object's change", () => {
    const integrity = watch();
    patch(Math, "abs", () => 0);
    expect(integrity.changed()).toBe("Math.abs");
    undo.splice(0).forEach((step) => step());
    expect(integrity.changed()).toBeUndefined();

    patch(global, "leftBehind", 1);
    expect(integrity.changed()).toBe("the global leftBehind");
    undo.splice(0).forEach((step) => step());

    const tones = ["blue"];
    const withModule = watchIntegrity(global, { numerics: { TONES: tones } }, { seeds: [] });
    tones.push("neon");
    expect(withModule.changed()).toBe("numerics.TONES.1");
    patch(host.api, "fetchLater", () => 2);
    expect(integrity.changed()).toBe("api.fetchLater");
  });

  it("covers what the snapshot skipped before: function-typed prototypes, syntax's prototypes, getters", () => {
    const integrity = watch();
    const call = Function.prototype.call;
    patch(Function.prototype, "call", function (this: unknown, ...args: unknown[]) {
      return Reflect.apply(call, this, args) as unknown;
    });
    expect(integrity.changed()).toBe("Function.prototype.call");
    undo.splice(0).forEach((step) => step());

    const iterators = Object.getPrototypeOf([][Symbol.iterator]()) as object;
    patch(iterators, "next", () => ({ done: true }));
    expect(integrity.changed()).toBe("the prototype of array iterators.next");
    undo.splice(0).forEach((step) => step());

    Reflect.defineProperty(Object.prototype, "sneaky", { get: () => 1, configurable: true });
    undo.push(() => Reflect.deleteProperty(Object.prototype, "sneaky"));
    expect(integrity.changed()).toBe("Object.prototype.sneaky");
  });

  it("is not fooled by the built-ins it would use: a run that replaces them is still named", () => {
    const integrity = watch();
    patch(Map.prototype, "get", () => undefined);
    patch(Reflect, "ownKeys", () => []);
    patch(Object, "is", () => true);
    patch(Math, "abs", () => 0);
    expect(integrity.changed()).toMatch(/^(Map\.prototype\.get|Reflect\.ownKeys|Object\.is|Math\.abs)$/);
  });

  it("freezes what it does not watch: the host's objects and the modules' values, not JavaScript's own", () => {
    const api = { call() {} };
    const module = { TONES: ["blue"], helper() {} };
    const integrity = watchIntegrity({ api, Math }, { numerics: module }, { freeze: true, seeds: [] });
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(module.TONES)).toBe(true);
    expect(Object.isFrozen(module.helper)).toBe(true);
    expect(Object.isFrozen(Math)).toBe(false); // watched instead
    expect(integrity.isShared(module.helper)).toBe(true);
    expect(integrity.isShared({})).toBe(false);
  });
});
