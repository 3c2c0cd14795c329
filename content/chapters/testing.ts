// What the chapters' own tests share: a chapter's snippet run as the site runs it (the worker's
// evaluator) after an edit a caption asks for, a figure's series found by its legend, and numbers
// compared in bulk. Each chapter's tests live in its folder (`chapter.test.ts`); the tests of the
// book as a whole (wiring, drawable figures, every exercise) are in `book.test.ts`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { Figure, Series } from "@descent/numerics";
import { runSnippet } from "../../src/live/runner/run-snippet";
import { SNIPPET_MODULES } from "../../src/live/runner/snippet-modules";

export { SNIPPET_MODULES };

/**
 * `tryIt(name, edits)` for the chapter in `dir`: the figure and console of its snippet `name.ts`
 * after replacing each `[from, to]` (each `from` must occur exactly once).
 */
export function trying(dir: string) {
  return function tryIt(name: string, edits: [string, string][]): { figure: Figure; console: string } {
    let code = readFileSync(join(dir, `${name}.ts`), "utf8");
    for (const [from, to] of edits) {
      expect(code.split(from).length - 1, `"${from}" in ${name}`).toBe(1);
      code = code.replace(from, to);
    }
    const result = runSnippet(code, SNIPPET_MODULES);
    if (!result.ok) throw new Error(`${name} fails after the edit: ${result.error.message}`);
    return { figure: result.figure!, console: result.console.lines.map((l) => l.text).join("\n") };
  };
}

/** The series of `fig`'s panel `panel` whose legend is `label` (or matches it). */
export const series = (fig: Figure, panel: number, label: string | RegExp): Series => {
  const found = fig.panels[panel]!.series.find((s) =>
    typeof label === "string" ? s.label === label : label.test(s.label),
  );
  if (!found) throw new Error(`no series ${label} in panel ${panel}`);
  return found;
};

export const ys = (s: Series) => Array.from(s.y);
export const xs = (s: Series) => Array.from(s.x);

/** `got` equals `want` value by value to `digits` decimals. */
export const close = (got: number[], want: number[], digits = 10) => {
  expect(got.length).toBe(want.length);
  got.forEach((g, i) => expect(g).toBeCloseTo(want[i]!, digits));
};
