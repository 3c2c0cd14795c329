import type { Verdict } from "../runner/verdict";

/**
 * What the check said of the latest run, in the exercise's verdict place (announced to screen
 * readers): solved, or what is wrong and which hint fits, or that the check itself broke.
 */
export function ExerciseVerdict({ verdict }: { verdict: Verdict | undefined }) {
  if (!verdict) return null;
  if ("broken" in verdict) {
    return (
      <p>
        <strong>The exercise's check failed</strong> (its fault, not your code's): {verdict.broken}
      </p>
    );
  }
  return (
    <p>
      <strong>{verdict.solved ? "Solved." : "Not yet."}</strong> {verdict.message}
      {!verdict.solved && verdict.hint !== undefined && ` (Hint ${verdict.hint} is opened for you.)`}
    </p>
  );
}
