// The book's heaviest block (the one whose code takes longest to run) under fast typing: no key waits
// behind a stale edit, no stale result is drawn after a newer one, the chart ends with the last code's
// figure, and a result computed coarse first says so in the status line.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { rangeParameters } from "../../src/live/editor/range-parameters";
import { describePanel } from "../../src/live/figure/describe-figure";
import { runSnippet } from "../../src/live/runner/run-snippet";
import { SNIPPET_MODULES } from "../../src/live/runner/snippet-modules";
import { codeLine, drawnResults, openBlock, redrawn, statusOf } from "./blocks";
import { chromiumForThisFile } from "./browser";
import { BOOK } from "./pages";

const origin = inject("origin");
const BASE = "/course/";
const KEYS = 20;
const chromium = chromiumForThisFile();

/** Every figure block's code, with its chapter's slug and its block id (as the book model reads them). */
function figureBlocks() {
  return BOOK.chapters.flatMap((chapter) =>
    chapter.blocks.map((block) => ({
      slug: chapter.slug,
      id: block.id,
      anchor: block.anchor,
      code: readFileSync(join(chapter.dir, block.file), "utf8"),
    })),
  );
}

/** The block (with a slider) whose book code takes longest to run: the fastest of five runs each, in Node. */
function heaviest() {
  const timed = figureBlocks()
    .filter((b) => rangeParameters(b.code).length > 0)
    .map((block) => {
      const times = [0, 1, 2, 3, 4].map(() => {
        const started = performance.now();
        runSnippet(block.code, SNIPPET_MODULES);
        return performance.now() - started;
      });
      return { ...block, ms: Math.min(...times) };
    });
  return timed.reduce((a, b) => (b.ms > a.ms ? b : a));
}

/** The text alternatives of a figure's panels, as its live chart carries them. */
const labelsOf = (code: string) => {
  const result = runSnippet(code, SNIPPET_MODULES);
  if (!result.ok) throw new Error(result.error.message);
  return result.figure!.panels.map(describePanel);
};

describe("the heaviest block, typed into fast", () => {
  it("ends with the last code's chart, no stale result after a newer one, and says a coarse result", async () => {
    const block = heaviest();
    const knob = rangeParameters(block.code)[0]!;
    const literal = block.code.slice(knob.from, knob.to);
    // The codes the keys make: a digit appended to the knob's literal, one a key.
    const digits = Array.from({ length: KEYS }, (_, i) => String((i % 9) + 1));
    const codes = digits.map(
      (_, i) => block.code.slice(0, knob.to) + digits.slice(0, i + 1).join("") + block.code.slice(knob.to),
    );
    const expected = codes.map(labelsOf);

    const { page, block: live } = await openBlock(chromium(), `${origin}${BASE}${block.slug}/`, `#${block.anchor}`);
    await redrawn(live);
    // What the page shows, each time it changes: the charts' text alternatives, and the status line.
    await live.evaluate((el) => {
      const w = window as unknown as { shown: string[][]; statuses: string[] };
      w.shown = [];
      w.statuses = [];
      const read = () => {
        const labels = [...el.querySelectorAll(".live-chart .panel-plot")].map((p) => p.getAttribute("aria-label")!);
        if (JSON.stringify(labels) !== JSON.stringify(w.shown.at(-1))) w.shown.push(labels);
        const status = el.querySelector(".live-status")?.textContent ?? "";
        if (status !== w.statuses.at(-1)) w.statuses.push(status);
      };
      new MutationObserver(read).observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const line = codeLine(live, `const ${knob.name} = ${literal}`);
    await line.click();
    await page.keyboard.press("Home");
    const text = (await line.textContent())!;
    const end = text.indexOf(`= ${literal}`) + 2 + literal.length;
    for (let i = 0; i < end; i++) await page.keyboard.press("ArrowRight");
    await page.keyboard.type(digits.join("")); // as fast as the keyboard goes

    // Until the last code's figure is shown and its run is done (then nothing more may change).
    const matches = (labels: string[], e: string[]) => e.every((label, p) => labels[p]?.startsWith(label));
    const seen = () =>
      page.evaluate(() => {
        const w = window as unknown as { shown: string[][]; statuses: string[] };
        return { shown: w.shown, statuses: w.statuses };
      });
    await expect
      .poll(async () => matches((await seen()).shown.at(-1) ?? [], expected.at(-1)!), { timeout: 20_000 })
      .toBe(true);
    await expect.poll(() => statusOf(live).textContent(), { timeout: 20_000 }).toMatch(/^Done in/);
    await page.waitForTimeout(1000);
    const { shown, statuses } = await seen();
    // Each figure shown is one of the typed codes' (two codes may draw alike: the keys that could have
    // drawn it), in the order typed, and the last is the last code's.
    const drawnBy = shown
      .map((labels) => expected.flatMap((e, key) => (matches(labels, e) ? [key] : [])))
      .filter((keys) => keys.length > 0);
    expect(drawnBy.length).toBeGreaterThan(0);
    drawnBy.slice(1).forEach((keys, i) => expect(Math.max(...keys)).toBeGreaterThanOrEqual(Math.min(...drawnBy[i]!)));
    expect(matches(shown.at(-1)!, expected.at(-1)!)).toBe(true);
    // And on the canvas itself, drawing by drawing: never a result older than one already drawn.
    const order = await drawnResults(live);
    expect(order.length).toBeGreaterThan(1);
    expect(order.filter((n, i) => i > 0 && n < order[i - 1]!)).toEqual([]);
    expect(statuses.some((s) => /^Coarse result \(\d+ % of the steps\); refining…$/.test(s))).toBe(true);
    await page.close();
  });
});

describe("a light block, typed into at a reader's pace", () => {
  it("never draws a result older than one already drawn, not even for a frame", async () => {
    const { page, block } = await openBlock(chromium(), `${origin}${BASE}modified-loss/`, "#figure-ch2-gd-vs-flow");
    await redrawn(block);
    const line = codeLine(block, "const eta = 0.5;");
    await line.click();
    await page.keyboard.press("Home");
    for (let i = 0; i < "const eta = 0.5".length; i++) await page.keyboard.press("ArrowRight");
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press(i % 2 === 0 ? "2" : "Backspace");
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(500);
    const order = await drawnResults(block);
    expect(order.length).toBeGreaterThanOrEqual(10);
    expect(order.filter((n, i) => i > 0 && n < order[i - 1]!)).toEqual([]);
    await page.close();
  });
});
