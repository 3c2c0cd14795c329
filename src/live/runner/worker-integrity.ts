import { pristine } from "./pristine";
import { LANGUAGE_GLOBALS } from "./sandbox";

/**
 * Whether a run left the worker as it found it. Figure code shares its worker with the runs after
 * it, and an exercise's check runs in the same realm as the code it judges: a run that patches a
 * built-in (`Math.abs = () => 0`, a wrapped `Function.prototype.call`), adds a global, or changes the
 * numerics module would fool the check or spoil the runs after it.
 *
 * Once, before any snippet runs, everything a snippet can reach from the global object, from the
 * modules it imports and from syntax (the prototypes of generators, async functions, iterators) is
 * walked:
 * - JavaScript's own objects and constructors (`Array.prototype`, `Math`, `Function.prototype`,
 *   `Promise`…) and the global object are watched: their every property, prototype and
 *   extensibility is kept, and compared after each run. They are not frozen: the engine's fast paths
 *   watch some of them, and ordinary code assigns over inherited names (`error.name = …`).
 * - Everything else (the host's objects, plain methods such as `Math.abs` itself, the numerics
 *   module's functions and values) is frozen: it cannot change, so it costs nothing to compare.
 * A run that changed anything watched is named, not judged, and its worker replaced.
 *
 * The comparison runs after student code, so it uses only built-ins taken before (pristine.ts) and
 * reads nothing through a prototype a run could have changed.
 */

export interface Integrity {
  /** The first thing changed since the snapshot, named ("Math.abs", "the global leftBehind"), or undefined. */
  changed(): string | undefined;
  /** Whether `value` is one of the objects that were there before any run (a built-in, the numerics module's). */
  isShared(value: object): boolean;
}

/** Shared objects reached only through syntax, each under the name a message gives it. */
export function syntaxIntrinsics(): [string, unknown][] {
  const proto = (v: unknown) => Object.getPrototypeOf(v) as unknown;
  const found: [string, () => unknown][] = [
    ["the prototype of async functions", () => proto(async function () {})],
    ["the prototype of generator functions", () => proto(function* () {})],
    ["the prototype of async generator functions", () => proto(async function* () {})],
    ["the prototype of generators", () => proto((function* () {})())],
    ["the prototype of async generators", () => proto((async function* () {})())],
    ["the prototype of array iterators", () => proto([][Symbol.iterator]())],
    ["the prototype of map iterators", () => proto(new Map().entries())],
    ["the prototype of set iterators", () => proto(new Set().values())],
    ["the prototype of string iterators", () => proto(""[Symbol.iterator]())],
    ["the prototype of regular expression iterators", () => proto(/a/[Symbol.matchAll](""))],
    [
      "the prototype of iterator helpers",
      () => proto((([] as number[]).values() as unknown as { map: (f: unknown) => unknown }).map((x: unknown) => x)),
    ],
  ];
  const out: [string, unknown][] = [];
  for (const [name, get] of found) {
    try {
      out.push([name, get()]);
    } catch {
      // Not in this engine.
    }
  }
  return out;
}

const isObject = (v: unknown): v is object => (typeof v === "object" && v !== null) || typeof v === "function";
const keyName = (key: PropertyKey) => (typeof key === "symbol" ? `[${key.description ?? "symbol"}]` : `.${key}`);

/**
 * Every object reachable from `roots` (through properties' values, getters, setters and prototypes),
 * each with a name: reached through properties first, so `Function.prototype` is called that and not
 * "the prototype of Array".
 */
function reach(roots: [string, unknown][], stop: Set<unknown>, global: object): Map<object, string> {
  const named = new Map<object, string>();
  const byProperty: [string, unknown][] = [...roots];
  const byPrototype: [string, unknown][] = [];
  let p = 0;
  let q = 0;
  while (p < byProperty.length || q < byPrototype.length) {
    const [name, value] = p < byProperty.length ? byProperty[p++]! : byPrototype[q++]!;
    if (!isObject(value) || named.has(value) || stop.has(value)) continue;
    named.set(value, name);
    byPrototype.push([`the prototype of ${name}`, Object.getPrototypeOf(value)]);
    for (const key of Reflect.ownKeys(value)) {
      const d = Reflect.getOwnPropertyDescriptor(value, key);
      if (!d) continue;
      const child = value === global && typeof key === "string" ? key : `${name}${keyName(key)}`;
      if ("value" in d) byProperty.push([child, d.value]);
      else byProperty.push([`${child} (its getter)`, d.get], [`${child} (its setter)`, d.set]);
    }
  }
  return named;
}

/** A function that only computes (no `prototype`, nothing but `length` and `name`): a method. */
const isMethod = (o: object) =>
  typeof o === "function" && !Object.hasOwn(o, "prototype") && Reflect.ownKeys(o).length <= 2;
const isModuleNamespace = (o: object) => Object.prototype.toString.call(o) === "[object Module]";

/**
 * Takes the snapshot (and, with `freeze`, freezes what is not watched). `shared` are the modules
 * snippets import, by name; `seeds` the objects reached only through syntax.
 */
export function watchIntegrity(
  global: object,
  shared: Record<string, object>,
  { freeze = false, seeds = syntaxIntrinsics() }: { freeze?: boolean; seeds?: [string, unknown][] } = {},
): Integrity {
  const languageRoots: [string, unknown][] = LANGUAGE_GLOBALS.flatMap((name) =>
    Object.hasOwn(global, name) ? [[name, Reflect.getOwnPropertyDescriptor(global, name)!.value]] : [],
  );
  const language = reach([...languageRoots, ...seeds], new Set([global]), global);
  const everything = reach([["the global scope", global], ...seeds, ...Object.entries(shared)], new Set(), global);

  const watched: [object, string][] = [];
  for (const [o, name] of everything) {
    if (Object.isFrozen(o)) continue; // cannot change
    if (o === global || (language.has(o) && !isMethod(o)) || !freeze) {
      watched.push([o, language.get(o) ?? name]);
      continue;
    }
    if (isModuleNamespace(o)) continue; // cannot change: its exports are bindings
    try {
      Object.freeze(o);
    } catch {
      watched.push([o, name]); // an exotic object that refuses: watched instead
    }
  }

  // The snapshot, in plain arrays: per object its keys, and per key its value (or getter and setter) and flags.
  const targets: object[] = [];
  const names: string[] = [];
  const prototypes: (object | null)[] = [];
  const extensible: boolean[] = [];
  const keys: PropertyKey[][] = [];
  const slots: unknown[][] = [];
  for (const [target, name] of watched) {
    targets.push(target);
    names.push(name);
    prototypes.push(Object.getPrototypeOf(target) as object | null);
    extensible.push(Object.isExtensible(target));
    const own: PropertyKey[] = [];
    const values: unknown[] = [];
    for (const key of Reflect.ownKeys(target)) {
      if (target === global && typeof key === "symbol") continue; // hosts add some lazily; no snippet names them
      const d = Reflect.getOwnPropertyDescriptor(target, key)!;
      own.push(key);
      if ("value" in d) values.push(d.value, undefined, flags(d));
      else values.push(d.get, d.set, flags(d));
    }
    keys.push(own);
    slots.push(values);
  }
  const { getPrototypeOf, isExtensible, ownKeys, getOwnPropertyDescriptor, hasOwn, is } = pristine;

  const what = (i: number, key: PropertyKey): string => {
    try {
      return targets[i] === global ? `the global ${key as string}` : `${names[i]}${keyName(key)}`;
    } catch {
      return names[i]!;
    }
  };
  const changed = (): string | undefined => {
    for (let i = 0; i < targets.length; i++) {
      const target = targets[i]!;
      if (getPrototypeOf(target) !== prototypes[i]) return `the prototype of ${names[i]}`;
      if (isExtensible(target) !== extensible[i]) return `${names[i]} (it was frozen or sealed)`;
      const was = keys[i]!;
      const values = slots[i]!;
      const now = ownKeys(target);
      let n = 0;
      for (let k = 0; k < now.length; k++) {
        const key = now[k]!;
        if (target === global && typeof key === "symbol") continue;
        if (n >= was.length || was[n] !== key) return what(i, n < was.length && !hasKey(now, was[n]!) ? was[n]! : key);
        const d = getOwnPropertyDescriptor(target, key)!;
        const data = hasOwn(d, "value");
        const first = data ? d.value : d.get;
        const second = data ? undefined : d.set;
        if (!is(first, values[3 * n]) || second !== values[3 * n + 1] || flags(d) !== values[3 * n + 2])
          return what(i, key);
        n++;
      }
      if (n !== was.length) return what(i, was[n]!);
    }
    return undefined;
  };
  const shared_ = new pristine.WeakSet<object>();
  for (const o of everything.keys()) shared_.add(o);
  const { weakSetHas } = pristine;
  return { changed, isShared: (value) => pristine.apply(weakSetHas, shared_, [value]) as boolean };

  function hasKey(list: PropertyKey[], key: PropertyKey): boolean {
    for (let k = 0; k < list.length; k++) if (list[k] === key) return true;
    return false;
  }
  /** A descriptor's flags as one number, read from its own properties only. */
  function flags(d: PropertyDescriptor): number {
    const own = pristine.hasOwn;
    return (own(d, "writable") && d.writable ? 1 : 0) + (d.enumerable ? 2 : 0) + (d.configurable ? 4 : 0);
  }
}
