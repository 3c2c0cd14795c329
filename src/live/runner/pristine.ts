/**
 * The built-ins the runtime relies on after a snippet has run, taken when this module loads (before
 * any snippet runs): a snippet may replace `Reflect.apply`, `Map.prototype.get` or
 * `Function.prototype.call` for the code after it, but not these. Code that must stay right whatever
 * a run did (the integrity check, posting results, the check's view of the student's values) calls
 * only these, through `call`, and never looks a method up on an object.
 */
export const pristine = {
  apply: Reflect.apply,
  construct: Reflect.construct,
  ownKeys: Reflect.ownKeys,
  getOwnPropertyDescriptor: Reflect.getOwnPropertyDescriptor,
  getPrototypeOf: Reflect.getPrototypeOf,
  isExtensible: Reflect.isExtensible,
  defineProperty: Reflect.defineProperty,
  get: Reflect.get,
  has: Reflect.has,
  set: Reflect.set,
  deleteProperty: Reflect.deleteProperty,
  preventExtensions: Reflect.preventExtensions,
  setPrototypeOf: Reflect.setPrototypeOf,
  hasOwn: Object.hasOwn,
  is: Object.is,
  freeze: Object.freeze,
  isArray: Array.isArray,
  /** The Function constructor: snippets cannot make functions from text, the runtime can. */
  Function: Function,
  WeakMap: WeakMap,
  weakMapGet: WeakMap.prototype.get,
  weakMapSet: WeakMap.prototype.set,
  weakSetHas: WeakSet.prototype.has,
  weakSetAdd: WeakSet.prototype.add,
  WeakSet: WeakSet,
  now: typeof performance === "undefined" ? Date.now : performance.now.bind(performance),
};

/** `fn` called with `self` and `args`, through the pristine `Reflect.apply`. */
export const call = <T>(fn: (...args: never[]) => T, self: unknown, ...args: unknown[]): T =>
  pristine.apply(fn as (...a: unknown[]) => T, self, args);

/**
 * The names an exercise's check sees in place of the global built-ins whose statics it calls: copies
 * taken now, so a student's function that replaces `Math.abs` and puts it back while the check runs
 * does not change what the check computes. (Methods reached through a value, `x.toFixed(3)`, are the
 * realm's: a run that changes one is found by the integrity check and not judged.)
 */
function staticsOf<T extends object>(target: T): T {
  const copy: Record<PropertyKey, unknown> = {};
  for (const key of Reflect.ownKeys(target)) {
    const d = Reflect.getOwnPropertyDescriptor(target, key)!;
    if ("value" in d) copy[key as string] = d.value;
  }
  return copy as T;
}
/** A constructor as the check calls it, whose statics (`Number.isFinite`, `Array.from`) are the ones taken now. */
function withPristineStatics<T extends object>(ctor: T): T {
  const statics = staticsOf(ctor) as Record<PropertyKey, unknown>;
  return new Proxy(ctor, {
    get: (target, key, receiver) => (Object.hasOwn(statics, key) ? statics[key] : Reflect.get(target, key, receiver)),
  });
}

export const checkBindings: Record<string, unknown> = Object.freeze({
  Math: Object.freeze(staticsOf(Math)),
  JSON: Object.freeze(staticsOf(JSON)),
  Reflect: Object.freeze(staticsOf(Reflect)),
  Number: withPristineStatics(Number),
  Object: withPristineStatics(Object),
  Array: withPristineStatics(Array),
  String: withPristineStatics(String),
  isFinite,
  isNaN,
  parseFloat,
  parseInt,
});
