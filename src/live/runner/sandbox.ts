/**
 * What a snippet's code sees of the world it runs in. Figure code computes and returns data; it has
 * no business with the network, with timers that outlive it, or with the worker that runs it. Each
 * such name is shadowed by a stand-in that throws a sentence saying so, at the student's line.
 *
 * This is for clear messages, not the security boundary: the page's Content-Security-Policy (which
 * the worker inherits) refuses the network, the worker checks itself after each run, and the main
 * thread checks every message that comes back.
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
