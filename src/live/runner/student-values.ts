import { pristine } from "./pristine";

/**
 * The student's exports as an exercise's check sees them. A check reads the student's values and
 * calls the student's functions, and what then runs (a function, a getter, a Proxy's trap) is the
 * student's code, not the check's: each object and function the check reaches is seen through a
 * Proxy that says when the student's code starts and ends (`enter`, `leave`), so that a loop there
 * is blamed on the student, and remembers what of the student's threw, so that an error that comes
 * out of the check from there is the student's too.
 *
 * Values that were there before any run (the built-ins, the numerics module's functions) are given
 * as they are: they are not the student's code. Everything here runs after the student's code, so
 * it uses the built-ins taken before (pristine.ts).
 */

export type Reach = "call" | "read";

export interface StudentHooks {
  /** The student's code is about to run: `what` of theirs ("step", "floors.base"), called or read. */
  enter(what: string, how: Reach): void;
  /** It has returned or thrown. */
  leave(): void;
}

export interface StudentValues {
  /** The exports as the check is given them. */
  given: Record<string, unknown>;
  /** What of the student's threw `value`, when it came out of their code. */
  thrownBy(value: unknown): { what: string; how: Reach } | undefined;
}

const { apply, construct, get, getOwnPropertyDescriptor, hasOwn, defineProperty, weakMapGet, weakMapSet } = pristine;
const isObject = (v: unknown): v is object => (typeof v === "object" && v !== null) || typeof v === "function";
const member = (name: string, key: PropertyKey) => {
  if (typeof key === "symbol") return `${name}[${key.description ?? "symbol"}]`;
  return typeof key === "number" || /^\d+$/.test(key) ? `${name}[${key}]` : `${name}.${key}`;
};

export function studentValues(
  exports: Record<string, unknown>,
  hooks: StudentHooks,
  isShared: (value: object) => boolean = () => false,
): StudentValues {
  const proxies = new pristine.WeakMap<object, object>();
  const targets = new pristine.WeakMap<object, object>();
  let depth = 0;
  let thrown: { value: unknown; what: string; how: Reach } | undefined;

  const inStudent = <T>(what: string, how: Reach, run: () => T): T => {
    if (depth++ === 0) hooks.enter(what, how);
    try {
      return run();
    } catch (e) {
      if (!thrown || thrown.value !== e) thrown = { value: e, what, how };
      throw e;
    } finally {
      if (--depth === 0) hooks.leave();
    }
  };
  const unwrap = (v: unknown): unknown => (isObject(v) ? ((apply(weakMapGet, targets, [v]) as object) ?? v) : v);
  const unwrapAll = (args: unknown[]): unknown[] => {
    const out: unknown[] = [];
    for (let i = 0; i < args.length; i++)
      defineProperty(out, i, { value: unwrap(args[i]), writable: true, enumerable: true, configurable: true });
    return out;
  };

  const wrap = (value: unknown, name: string): unknown => {
    if (!isObject(value) || isShared(value)) return value;
    const known = apply(weakMapGet, proxies, [value]) as object | undefined;
    if (known) return known;
    const around = <T>(how: Reach, run: () => T) => inStudent(name, how, run);
    const handler: ProxyHandler<object> = {
      get(target, key) {
        const what = member(name, key);
        return inStudent(what, "read", () => {
          const v: unknown = get(target, key, target);
          // A property that can never change must be given as it is (a Proxy's invariant).
          const d = getOwnPropertyDescriptor(target, key);
          if (d && hasOwn(d, "value") && !d.configurable && !d.writable) return v;
          return wrap(v, what);
        });
      },
      apply: (target, self, args) =>
        around("call", () => wrap(apply(target as () => unknown, unwrap(self), unwrapAll(args)), `${name}(…)`)),
      construct: (target, args) =>
        around("call", () => wrap(construct(target as new () => object, unwrapAll(args)), `new ${name}(…)`)) as object,
      has: (target, key) => around("read", () => key in target),
      ownKeys: (target) => around("read", () => pristine.ownKeys(target)),
      getOwnPropertyDescriptor: (target, key) => around("read", () => getOwnPropertyDescriptor(target, key)),
      getPrototypeOf: (target) => around("read", () => pristine.getPrototypeOf(target)),
      set: (target, key, v) => around("read", () => pristine.set(target, key, unwrap(v), target)),
      defineProperty: (target, key, d) => around("read", () => defineProperty(target, key, d)),
      deleteProperty: (target, key) => around("read", () => pristine.deleteProperty(target, key)),
      isExtensible: (target) => around("read", () => pristine.isExtensible(target)),
      preventExtensions: (target) => around("read", () => pristine.preventExtensions(target)),
      setPrototypeOf: (target, p) => around("read", () => pristine.setPrototypeOf(target, p)),
    };
    const proxy = new Proxy(value, handler);
    apply(weakMapSet, proxies, [value, proxy]);
    apply(weakMapSet, targets, [proxy, value]);
    return proxy;
  };

  const given: Record<string, unknown> = {};
  for (const key of pristine.ownKeys(exports)) {
    if (typeof key !== "string") continue;
    defineProperty(given, key, {
      value: wrap(exports[key], key),
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return {
    given,
    thrownBy: (value) => (thrown && thrown.value === value ? { what: thrown.what, how: thrown.how } : undefined),
  };
}
