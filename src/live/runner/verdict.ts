/**
 * What an exercise's check says of a run of the student's code: solved or not, with a message
 * specific to what is right or wrong, and the hint that fits the mistake (its position among the
 * exercise's hints, from 1). Or that the check itself broke, which is the exercise's fault.
 */
export type Verdict = { solved: boolean; message: string; hint?: number } | { broken: string };

/** The check of an exercise: ordinary TypeScript, given what the student's code exported. */
export type Check = (exports: Record<string, unknown>) => { solved: boolean; message: string; hint?: number };

const MAX_MESSAGE = 1000;

/** Why `value` is not a verdict (as a check must return, or as it comes back from the worker), or undefined. */
export function verdictProblem(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return "the check must return { solved, message }";
  const v = value as Record<string, unknown>;
  if ("broken" in v)
    return typeof v.broken === "string" && v.broken.length <= MAX_MESSAGE ? undefined : "a malformed broken check";
  if (typeof v.solved !== "boolean") return "the check's verdict needs solved: true or false";
  if (typeof v.message !== "string" || v.message.length === 0 || v.message.length > MAX_MESSAGE) {
    return "the check's verdict needs a message (at most 1000 characters)";
  }
  if (
    v.hint !== undefined &&
    !(typeof v.hint === "number" && Number.isInteger(v.hint) && v.hint >= 1 && v.hint <= 20)
  ) {
    return "the check's hint must be the number of a hint (1, 2, …)";
  }
  return undefined;
}
