import { verdictProblem, type Verdict } from "./verdict";
import { evaluateSnippet, type ModuleTable } from "./evaluate-snippet";

/**
 * Runs an exercise's check on what the student's code exported: the check module's default export
 * is called with those exports and returns a verdict. Whatever goes wrong in it (it throws, returns
 * nonsense, or does not compile) is the check's fault and is said so, never blamed on the student.
 */
export function runCheck(source: string, modules: ModuleTable, exports: Record<string, unknown>): Verdict {
  const evaluation = evaluateSnippet(source, modules, undefined, { default: "required" });
  if (!evaluation.ok) {
    const place = evaluation.error.line !== undefined ? ` (line ${evaluation.error.line} of the check)` : "";
    return { broken: `${evaluation.error.message}${place}` };
  }
  if (typeof evaluation.exported !== "function") return { broken: "the check's default export is not a function" };
  let verdict: unknown;
  try {
    verdict = (evaluation.exported as (exports: Record<string, unknown>) => unknown)(exports);
  } catch (e) {
    return { broken: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
  const problem = verdictProblem(verdict);
  if (problem) return { broken: problem };
  const { solved, message, hint } = verdict as { solved: boolean; message: string; hint?: number };
  return hint === undefined ? { solved, message } : { solved, message, hint };
}
