// The steps every browser test takes with a live block, in one place: open it, find a line or a
// literal of its code, replace a line, read its chart, status and messages.
import { expect } from "vitest";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { EVENTS } from "../../src/lib/names";

/** Opens a page and waits until the live block `selector` has its editor and its chart. */
export async function openBlock(
  opener: Browser | BrowserContext,
  url: string,
  selector: string,
): Promise<{ page: Page; block: Locator }> {
  const page = await opener.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  const block = page.locator(selector);
  await reachFor(block);
  await block.locator(".live-chart canvas").first().waitFor();
  // Open once its chart is drawn (where the page's painter draws it, the page hears so a moment later).
  await expect.poll(async () => (await chartState(block)).draws, { timeout: 15_000 }).toBeGreaterThan(0);
  return { page, block };
}

/**
 * Does what a reader does to use a block (scrolls to it and clicks in its code, which brings it
 * alive if it is not yet), and waits until its editor is there.
 */
export async function reachFor(block: Locator): Promise<void> {
  await block.scrollIntoViewIfNeeded();
  const editor = block.locator(".cm-content");
  // A block may come alive by itself meanwhile (one with a saved edit does): then there is nothing to click.
  if ((await editor.count()) === 0) {
    await block
      .locator(".code-static")
      .click({ position: { x: 60, y: 12 }, timeout: 3000 })
      .catch(() => {});
  }
  await editor.waitFor();
}

/** Reaches for every block of a page, one after the other, and waits until each has its editor. */
export async function reachForAll(page: Page): Promise<void> {
  for (const block of await page.locator("[data-live-block]").all()) {
    // A predict exercise shows its run once an answer is committed.
    if (!(await block.isVisible())) await commitAnswer(exerciseOf(block));
    await reachFor(block);
  }
}

/** The exercise section a block belongs to. */
export const exerciseOf = (block: Locator) => block.locator("xpath=ancestor::section[@data-exercise]");

/** Commits an answer to a predict exercise (choice `choice`, or the number `value`), which runs its code. */
export async function commitAnswer(exercise: Locator, answer: { choice?: number; value?: string } = {}) {
  const radios = exercise.locator("input[type=radio]");
  if ((await radios.count()) > 0) await radios.nth(answer.choice ?? 0).check();
  else await exercise.locator("input[type=number]").fill(answer.value ?? "1");
  await exercise.getByRole("button", { name: /Commit/ }).click();
}

/** Whether a block draws a figure (an exercise's code need not): its static figure is there. */
export const drawsFigure = async (block: Locator) => (await block.locator("[data-slot='figure'] svg").count()) > 0;

/** The editor line of a block that contains `text`. */
export const codeLine = (block: Locator, text: string) => block.locator(".cm-line", { hasText: text }).first();

/** Replaces the editor line that contains `find` with `replacement`, by keyboard. */
export async function replaceLine(page: Page, block: Locator, find: string, replacement: string): Promise<void> {
  await codeLine(block, find).click();
  await page.keyboard.press("End");
  await page.keyboard.press("Shift+Home");
  await page.keyboard.type(replacement);
}

/** Replaces the whole code of a block, as a paste does: select all, then one insertion. */
export async function replaceCode(page: Page, block: Locator, code: string): Promise<void> {
  await block.locator(".cm-content").focus();
  await page.keyboard.press("Control+a");
  await page.keyboard.insertText(code);
}

/** Resolves with how long the page took to evaluate a trivial expression, or rejects after `limitMs`. */
export async function answersWithin(page: Page, limitMs: number): Promise<number> {
  const started = Date.now();
  await Promise.race([
    page.evaluate(() => 1 + 1),
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`the page did not answer within ${limitMs} ms`)), limitMs),
    ),
  ]);
  return Date.now() - started;
}

/** The on-screen centre of the literal `text` in an editor line (scrolled into view first). */
export async function literalBox(line: Locator, text: string): Promise<{ x: number; y: number }> {
  await line.scrollIntoViewIfNeeded();
  return line.evaluate((el, literal) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(literal);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + literal.length);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    throw new Error(`literal ${literal} not found`);
  }, text);
}

/**
 * What a block's chart shows: how many times it has been drawn, and its text alternative. Equal
 * before and after an edit, the chart kept the last good figure (comparing pixels would also see the
 * page scroll by a fraction of a pixel between two screenshots).
 */
export const chartState = (block: Locator) =>
  block.evaluate((el, name) => {
    const id = el.getAttribute("data-live-block");
    const draws = performance
      .getEntriesByName(name)
      .filter((m) => ((m as PerformanceMark).detail as { block?: string } | null)?.block === id).length;
    const labels = [...el.querySelectorAll(".live-chart .panel-plot")].map((p) => p.getAttribute("aria-label"));
    return { draws, labels };
  }, EVENTS.chartDrawn);

/** Which results a block's chart has drawn so far, in the order drawn (0: the book's figure). */
export const drawnResults = (block: Locator) =>
  block.evaluate((el, name) => {
    const id = el.getAttribute("data-live-block");
    return performance
      .getEntriesByName(name)
      .map((m) => (m as PerformanceMark).detail as { block?: string; order?: number } | null)
      .filter((detail) => detail?.block === id)
      .map((detail) => detail!.order ?? 0);
  }, EVENTS.chartDrawn);

/** The whole text of a block's editor. */
export const editorText = (block: Locator) => block.locator(".cm-content").textContent();
/** The pixels of a block's chart (panel `panel`), to compare before and after an edit. */
export const chartPixels = (block: Locator, panel = 0) => block.locator(".live-chart canvas").nth(panel).screenshot();
export const statusOf = (block: Locator) => block.locator(".live-status");
export const alertOf = (block: Locator) => block.locator(".live-error");
/** Waits until the block's latest run is drawn ("Done in … ms"). */
export const redrawn = (block: Locator) => expect.poll(() => statusOf(block).textContent()).toMatch(/Done in \d+ ms/);
