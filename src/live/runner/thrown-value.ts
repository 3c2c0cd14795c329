/**
 * What a run threw, said in words, whatever it was: an Error, a string, `Object.create(null)`, a
 * Proxy whose every trap throws, an Error whose `message` getter throws. Describing it never throws.
 * (A value whose `toString` loops is the run's own endless loop, stopped by its time limit.)
 */
export function describeThrown(value: unknown): string {
  try {
    if (value instanceof Error) return `${String(value.name)}: ${String(value.message)}`;
  } catch {
    // A Proxy, or a name or message that throws when read: described as any other object.
  }
  if (typeof value === "string") return `the code threw the text ${JSON.stringify(value)}`;
  if ((typeof value !== "object" && typeof value !== "function") || value === null) {
    return `the code threw ${String(value)}`;
  }
  try {
    const text = String(value);
    if (typeof text === "string") return `the code threw ${text}`;
  } catch {
    // Below.
  }
  return "the code threw an object that cannot be shown as text (throw an Error instead)";
}
