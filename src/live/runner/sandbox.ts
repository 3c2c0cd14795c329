/**
 * What a snippet's code sees of the world it runs in. Figure code computes and returns data; it has
 * no business with the network, with timers that outlive it, with the worker that runs it, or with
 * making code from text. Each such name is shadowed by a stand-in that throws a sentence saying so,
 * at the student's line.
 *
 * The stand-ins are given twice: as the snippet's own bindings (so `setTimeout(…)` fails with its
 * sentence), and on the worker's real global object (`closeTheGlobal`), which a snippet can reach
 * (`Function("return this")()` did): there every name that is not JavaScript's own or on a short
 * list of harmless ones is a stand-in, as are the Function constructors and `eval`. What is left
 * can run code later only as a promise's callback, which the runner watches for after each run.
 *
 * This is for clear messages and for what a run can leave behind, not the security boundary: the
 * page's Content-Security-Policy (which the worker inherits) refuses the network, the worker checks
 * itself after each run, and the main thread checks every message that comes back.
 */
export class SandboxError extends Error {
  override name = "NotAvailable";
}

const NETWORK = [
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "WebSocketStream",
  "EventSource",
  "WebTransport",
  "importScripts",
  "Image",
];
const TIMERS = ["setTimeout", "setInterval", "setImmediate", "requestAnimationFrame", "requestIdleCallback"];
const WORKER = [
  "postMessage",
  "close",
  "addEventListener",
  "removeEventListener",
  "dispatchEvent",
  "onmessage",
  "onerror",
];
const STORAGE = ["indexedDB", "caches", "localStorage", "sessionStorage", "BroadcastChannel", "Worker", "SharedWorker"];
const CODE = ["Function", "eval"];

const refuse = (sentence: string) =>
  function notAvailable(): never {
    throw new SandboxError(sentence);
  };

const stubs: Record<string, unknown> = {};
for (const name of NETWORK) stubs[name] = refuse(`the network is not available to figure code (${name})`);
for (const name of TIMERS) {
  stubs[name] = refuse(
    `${name} is not available to figure code: it runs once, top to bottom, and draws what it exports`,
  );
}
for (const name of WORKER) stubs[name] = refuse(`figure code cannot reach the worker that runs it (${name})`);
for (const name of STORAGE) stubs[name] = refuse(`figure code cannot keep anything between runs (${name})`);
for (const name of CODE) stubs[name] = refuse(`figure code cannot make code from text (${name})`);
for (const stub of Object.values(stubs)) Object.freeze(stub);

/** The global object as figure code sees it: the shadowed names are the stand-ins, and nothing can be set. */
function guardedGlobal(real: typeof globalThis): typeof globalThis {
  const cannotChange = refuse("figure code cannot change the global scope: declare a const instead");
  return new Proxy(real, {
    get: (target, key) => (typeof key === "string" && key in stubs ? stubs[key] : Reflect.get(target, key)),
    set: cannotChange,
    defineProperty: cannotChange,
    deleteProperty: cannotChange,
    setPrototypeOf: cannotChange,
  });
}

/**
 * The names a snippet's function is given, and their values: the stand-ins, and `self`, `globalThis`
 * and `window` as the guarded global. Passed as parameters, they shadow the real globals lexically.
 */
export function sandboxBindings(real: typeof globalThis = globalThis): { names: string[]; values: unknown[] } {
  const global = guardedGlobal(real);
  const names = [...Object.keys(stubs), "self", "globalThis", "window"];
  const values = [...Object.values(stubs), global, global, global];
  return { names, values };
}

/** JavaScript's own global names: the language, not the host. */
// prettier-ignore
export const LANGUAGE_GLOBALS = [
  "globalThis", "Infinity", "NaN", "undefined", "isFinite", "isNaN", "parseFloat", "parseInt", "decodeURI",
  "decodeURIComponent", "encodeURI", "encodeURIComponent", "escape", "unescape", "AggregateError", "Array",
  "ArrayBuffer", "Atomics", "BigInt", "BigInt64Array", "BigUint64Array", "Boolean", "DataView", "Date", "Error",
  "EvalError", "Float16Array", "Float32Array", "Float64Array", "Int8Array", "Int16Array", "Int32Array", "Iterator",
  "JSON", "Map", "Math", "Number", "Object", "Promise", "Proxy", "RangeError", "ReferenceError", "Reflect", "RegExp",
  "Set", "SharedArrayBuffer", "String", "SuppressedError", "DisposableStack", "AsyncDisposableStack", "Symbol",
  "SyntaxError", "TypeError", "Uint8Array", "Uint8ClampedArray", "Uint16Array", "Uint32Array", "URIError", "WeakMap",
  "WeakRef", "WeakSet", "Intl", "Temporal", "Function", "eval", "FinalizationRegistry",
] as const;
/** The host's names figure code may keep: they compute, print or convert, and call nothing back later. */
const HARMLESS = ["self", "console", "performance", "structuredClone", "TextEncoder", "TextDecoder", "atob", "btoa"];
/** Language names that run code later (after garbage collection) or make code from text: refused too. */
const REFUSED_LANGUAGE = ["FinalizationRegistry", "Function", "eval"];

const notAvailable = (name: string) =>
  stubs[name] ?? refuse(`${name} is not available to figure code: it computes, and draws what it exports`);

/**
 * Closes the real global object of the worker (once, before any snippet runs): every own name that
 * is neither JavaScript's nor harmless becomes a stand-in, and so do `Function`, `eval`,
 * `FinalizationRegistry` and the constructors of functions that every function reaches
 * (`(() => {}).constructor`). Whatever the runtime needs of these it takes before (see pristine.ts).
 */
export function closeTheGlobal(global: typeof globalThis): void {
  const allowed = new Set<string>([...LANGUAGE_GLOBALS, ...HARMLESS]);
  for (const name of REFUSED_LANGUAGE) allowed.delete(name);
  for (const key of Reflect.ownKeys(global)) {
    if (typeof key !== "string" || allowed.has(key)) continue;
    const d = Reflect.getOwnPropertyDescriptor(global, key)!;
    if (!d.configurable) continue; // the host's own fixed names (`undefined` aside, none here) stay
    Reflect.defineProperty(global, key, {
      value: notAvailable(key),
      writable: false,
      enumerable: false,
      configurable: false,
    });
  }
  // Listeners on the worker's own events (a rejected promise's) would run code later: refused for the global.
  const cannotListen = refuse("figure code cannot reach the worker that runs it (addEventListener)");
  for (let o = Object.getPrototypeOf(global) as object | null; o; o = Object.getPrototypeOf(o) as object | null) {
    const listen = Reflect.getOwnPropertyDescriptor(o, "addEventListener")?.value as
      ((...args: unknown[]) => unknown) | undefined;
    if (typeof listen !== "function") continue;
    const guarded = function addEventListener(this: unknown, ...args: unknown[]) {
      return this === global ? cannotListen() : Reflect.apply(listen, this, args);
    };
    Reflect.defineProperty(o, "addEventListener", {
      value: guarded,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  // Every function reaches its constructor: the ones that make functions from text are stand-ins too.
  const makers = [function () {}, async function () {}, function* () {}, async function* () {}];
  for (const made of makers) {
    Reflect.defineProperty(Object.getPrototypeOf(made) as object, "constructor", {
      value: stubs.Function,
      writable: false,
      enumerable: false,
      configurable: true,
    });
  }
}
