import { verdictProblem, type Verdict } from "./verdict";
import { evaluateSnippet, type ModuleTable } from "./evaluate-snippet";
import { checkBindings, call } from "./pristine";
import { studentValues, type StudentHooks } from "./student-values";
import { describeThrown } from "./thrown-value";

/** What a check said: its verdict (or that it broke), or that the student's code it called into threw. */
export type CheckOutcome = { verdict: Verdict } | { theirs: { message: string; thrown: unknown } };

/**
 * Runs an exercise's check on what the student's code exported: the check module's default export
 * is called with those exports and returns a verdict. Whatever goes wrong in the check itself (it
 * throws, returns nonsense, or does not compile) is the check's fault and is said so. What the
 * student's own code does when the check calls or reads it is the student's: a function or getter
 * of theirs that throws is reported as theirs (`hooks` hear when their code runs, for a loop).
 *
 * The check sees the built-ins whose statics it calls (`Math`, `Number`…) as they were before any
 * run (see pristine.ts).
 */
export function runCheck(
  source: string,
  modules: ModuleTable,
  exports: Record<string, unknown>,
  hooks: StudentHooks & { isShared?: (value: object) => boolean } = { enter() {}, leave() {} },
): CheckOutcome {
  const evaluation = evaluateSnippet(source, modules, undefined, { default: "required", bindings: checkBindings });
  if (!evaluation.ok) {
    const place = evaluation.error.line !== undefined ? ` (line ${evaluation.error.line} of the check)` : "";
    return { verdict: { broken: `${evaluation.error.message}${place}` } };
  }
  if (typeof evaluation.exported !== "function") {
    return { verdict: { broken: "the check's default export is not a function" } };
  }
  const student = studentValues(exports, hooks, hooks.isShared);
  let verdict: unknown;
  try {
    verdict = call(evaluation.exported as (exports: Record<string, unknown>) => unknown, undefined, student.given);
  } catch (e) {
    const theirs = student.thrownBy(e);
    if (!theirs) return { verdict: { broken: describeThrown(e) } };
    const message =
      theirs.how === "read"
        ? `reading ${theirs.what} threw ${describeThrown(e)}`
        : `${theirs.what} threw ${describeThrown(e)} when the exercise's check called it`;
    return { theirs: { message, thrown: e } };
  }
  const problem = verdictProblem(verdict);
  if (problem) return { verdict: { broken: problem } };
  const { solved, message, hint } = verdict as { solved: boolean; message: string; hint?: number };
  return { verdict: hint === undefined ? { solved, message } : { solved, message, hint } };
}
