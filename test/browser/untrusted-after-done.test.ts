// Nothing a snippet leaves behind keeps running after its result: a promise loop that allocates
// without end, a loop of microtasks, or a real timer made after a long chain of promises. Each is
// stopped soon after "Done", said so in words, and a saved edit that did it does not run by itself
// on the next visit. The tab survives this visit and the next two.
import { describe, expect, inject, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { alertOf, answersWithin, openBlock, reachFor, replaceCode, statusOf } from "./blocks";
import { chromiumForThisFile } from "./browser";

const origin = inject("origin");
const CHAPTER = `${origin}/course/modified-loss/`;
const BLOCK = "#figure-ch2-gd-vs-flow";
const chromium = chromiumForThisFile();

const IMPORTS = 'import { figure, panel, line } from "@descent/numerics";';
/** A valid snippet drawing one line through (0, 0), (1, a), (2, b), with `before` above its figure. */
const drawing = (a: number, b: number, before = "") =>
  `${IMPORTS}\n${before}\n` +
  `export default figure({ panels: [panel({ x: "t", y: "v", series: [line("v", [0, 1, 2], [0, ${a}, ${b}])] })] });\n`;

const ASYNC_ALLOCATION =
  "(async () => { const k = []; for (;;) { k.push(new Array(1e5).fill(1.5)); await null; } })();";
const KEPT_RUNNING = /kept running after it finished/;

/** Whether the page keeps answering for `ms` (the renderer crashed of memory ~9 s after "Done", before). */
async function staysAlive(page: Page, ms: number): Promise<void> {
  let crashed = false;
  page.once("crash", () => (crashed = true));
  const until = Date.now() + ms;
  while (Date.now() < until) {
    expect(await answersWithin(page, 2000)).toBeLessThan(2000);
    await page.waitForTimeout(500);
  }
  expect(crashed).toBe(false);
}

/** Types a valid edit and returns how long it took, from the last key, until the chart showed it. */
async function nextEditDrawnIn(page: Page, block: Locator): Promise<number> {
  const plot = block.locator(".live-chart .panel-plot").first();
  await replaceCode(page, block, drawing(2, 5));
  const typed = Date.now();
  await expect.poll(() => plot.getAttribute("aria-label"), { timeout: 5000, interval: 20 }).toMatch(/to \(2, 5\)/);
  return Date.now() - typed;
}

describe("a promise loop that allocates without end, after the figure", () => {
  it("is stopped and said so; the tab survives it now and on the next two visits", { timeout: 120_000 }, async () => {
    const context = await chromium().newContext();
    const { page, block } = await openBlock(context, CHAPTER, BLOCK);
    await replaceCode(page, block, drawing(1, 2, ASYNC_ALLOCATION));
    await expect.poll(() => alertOf(block).textContent(), { timeout: 5000 }).toMatch(KEPT_RUNNING);
    await staysAlive(page, 12_000);
    // The edit is kept (it is the student's), and the next visits do not run it by themselves.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem("descent:code:ch2-gd-vs-flow")))
      .toContain("k.push(new Array(1e5)");
    for (let visit = 2; visit <= 3; visit++) {
      await page.reload();
      await reachFor(block);
      await expect
        .poll(() => block.locator(".live-notice").first().textContent(), { timeout: 5000 })
        .toMatch(/stopped the page the last time it ran/);
      await staysAlive(page, 12_000);
      expect(await block.locator(".cm-content").textContent()).toContain("k.push(new Array(1e5)");
    }
    await context.close();
  });
});

describe("a loop of microtasks after the figure", () => {
  for (const [what, code] of [
    ["an async function awaiting in an endless loop", "(async () => { for (;;) await null; })();"],
    ["a microtask that queues itself", "const f = () => queueMicrotask(f); f();"],
  ] as const) {
    it(`is stopped and said so, and the next valid edit is drawn within 1 s: ${what}`, async () => {
      const { page, block } = await openBlock(chromium(), CHAPTER, BLOCK);
      await replaceCode(page, block, drawing(1, 2, code));
      await expect.poll(() => alertOf(block).textContent(), { timeout: 3000 }).toMatch(KEPT_RUNNING);
      expect(await alertOf(block).textContent()).toMatch(/Stopped: /);
      expect(await nextEditDrawnIn(page, block)).toBeLessThan(1000);
      expect(await alertOf(block).textContent()).toBe("");
      await page.close();
    });
  }

  it("a real timer made after a chain of 40 promises does not survive the run", async () => {
    const { page, block } = await openBlock(chromium(), CHAPTER, BLOCK);
    const late =
      '(async () => { for (let i = 0; i < 40; i++) await null; Function("return this")().setTimeout(() => { ' +
      "for (;;) {} }, 300); })();";
    await replaceCode(page, block, drawing(1, 2, late));
    await expect.poll(() => statusOf(block).textContent(), { timeout: 5000 }).toMatch(/Done in|The figure shows/);
    await page.waitForTimeout(800); // the timer would have fired by now, and the worker be stuck in it
    expect(await nextEditDrawnIn(page, block)).toBeLessThan(1000);
    await page.close();
  });
});
