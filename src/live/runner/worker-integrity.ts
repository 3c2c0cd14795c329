/**
 * Whether a run left the worker as it found it. Figure code shares its worker with the runs after
 * it: a run that patches a built-in (`Array.prototype.map = …`), adds a global, or changes the
 * numerics module would spoil them. The worker takes a snapshot of those shared objects once, and
 * after each run compares (cost measured in the bench: well under a millisecond); a run that changed
 * anything gets its worker replaced before the next run.
 */

/** The JavaScript built-ins a snippet could reach and change, and their prototypes. */
// prettier-ignore
const BUILT_INS = [
  "Object", "Function", "Array", "Number", "Math", "JSON", "String", "Boolean", "Symbol", "BigInt", "Reflect", "Proxy",
  "Error", "TypeError", "RangeError", "SyntaxError", "Promise", "Map", "Set", "WeakMap", "WeakSet", "RegExp", "Date",
  "ArrayBuffer", "DataView", "Float64Array", "Float32Array", "Int32Array", "Uint8Array", "Uint32Array", "Int8Array",
  "Uint16Array", "Int16Array", "Uint8ClampedArray", "MessagePort", "MessageChannel", "EventTarget", "structuredClone",
] as const;

type Snapshot = Map<object, Map<PropertyKey, unknown>>;

/**
 * Every own property of `target`: its value, or its getter and setter. The global object's symbol
 * keys are left out: hosts add some lazily (Node's fetch does), and no snippet reaches them by name.
 */
function propertiesOf(target: object, global: object): Map<PropertyKey, unknown> {
  const out = new Map<PropertyKey, unknown>();
  for (const key of Reflect.ownKeys(target)) {
    if (target === global && typeof key === "symbol") continue;
    const d = Reflect.getOwnPropertyDescriptor(target, key)!;
    out.set(key, "value" in d ? d.value : [d.get, d.set]);
  }
  return out;
}

function sameProperties(a: Map<PropertyKey, unknown>, b: Map<PropertyKey, unknown>): PropertyKey | undefined {
  if (a.size !== b.size) return [...b.keys()].find((k) => !a.has(k)) ?? [...a.keys()].find((k) => !b.has(k));
  for (const [key, value] of a) {
    const other = b.get(key);
    const same =
      Array.isArray(value) && Array.isArray(other)
        ? value[0] === other[0] && value[1] === other[1]
        : Object.is(value, other);
    if (!same) return key;
  }
  return undefined;
}

/**
 * Watches the global object, the built-ins and `shared` (the modules snippets import, by name). The
 * returned function names the first thing a run changed since the snapshot, or returns undefined.
 */
export function watchIntegrity(global: object, shared: Record<string, object>): () => string | undefined {
  const roots: [string, object][] = [["the global scope", global]];
  for (const name of BUILT_INS) {
    const value = (global as Record<string, unknown>)[name];
    if ((typeof value === "object" || typeof value === "function") && value !== null) {
      roots.push([name, value]);
      const prototype = (value as { prototype?: unknown }).prototype;
      if (typeof prototype === "object" && prototype !== null) roots.push([`${name}.prototype`, prototype]);
    }
  }
  for (const [name, module] of Object.entries(shared)) {
    roots.push([name, module]);
    for (const [key, value] of Object.entries(module)) {
      if ((typeof value === "object" || typeof value === "function") && value !== null)
        roots.push([`${name}'s ${key}`, value]);
    }
  }
  const snapshot: Snapshot = new Map(roots.map(([, target]) => [target, propertiesOf(target, global)]));
  return () => {
    for (const [name, target] of roots) {
      const key = sameProperties(snapshot.get(target)!, propertiesOf(target, global));
      if (key !== undefined) return `${name}${typeof key === "symbol" ? "" : `.${String(key)}`}`;
    }
    return undefined;
  };
}
