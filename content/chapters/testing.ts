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
import type { Verdict } from "../../src/live/runner/verdict";

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

/**
 * `checking(name, edits, answer)` for the chapter in `dir`: the verdict of the exercise's check
 * `name.check.ts` on a run of its code `name.ts` (or `name.solution.ts` when `from` says so) after
 * the edits, with a committed `answer` for a predict exercise.
 */
export function checking(dir: string) {
  return function verdict(
    name: string,
    {
      edits = [],
      answer,
      from = "starter",
    }: { edits?: [string, string][]; answer?: string; from?: "starter" | "solution" },
  ): { solved: boolean; message: string; hint?: number } {
    let code = readFileSync(join(dir, from === "starter" ? `${name}.ts` : `${name}.solution.ts`), "utf8");
    for (const [before, after] of edits) {
      expect(code.split(before).length - 1, `"${before}" in ${name}`).toBe(1);
      code = code.replace(before, after);
    }
    const check = readFileSync(join(dir, `${name}.check.ts`), "utf8");
    const result = runSnippet(code, SNIPPET_MODULES, undefined, answer === undefined ? { check } : { check, answer });
    if (!result.ok) throw new Error(`${name} fails: ${result.error.message}`);
    const v: Verdict | undefined = result.verdict;
    if (!v || !("solved" in v)) throw new Error(`${name}: no verdict (${JSON.stringify(v)})`);
    return v;
  };
}

/** A chapter's text (its index.mdx), and within it a figure's caption or an exercise, by number. */
export function chapterText(dir: string) {
  const mdx = readFileSync(join(dir, "index.mdx"), "utf8");
  return {
    mdx,
    /** The caption of "Figure N.M", from its label to the end of its block. */
    caption: (number: string) => {
      const at = mdx.indexOf(`**Figure ${number}.**`);
      if (at < 0) throw new Error(`no caption of Figure ${number}`);
      return mdx.slice(at, mdx.indexOf("</LiveCode>", at));
    },
    /** Exercise "N.M" whole: prompt, hints and solution. */
    exercise: (number: string) => {
      const at = mdx.indexOf(`number="${number}"`);
      if (at < 0) throw new Error(`no Exercise ${number}`);
      return mdx.slice(at, mdx.indexOf("</Exercise>", at));
    },
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
