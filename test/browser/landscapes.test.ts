// Loss landscapes in the built site: level sets drawn as SVG without JavaScript and as a chart with
// it, and the start of the run set by a click, a drag or the keyboard, each a rewrite of the code's
// start literal (one undo step) that the figure follows.
import { describe, expect, inject, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { audit } from "./axe";
import { chartState, codeLine, openBlock, redrawn } from "./blocks";
import { chromiumForThisFile } from "./browser";

const origin = inject("origin");
const CHAPTER = `${origin}/course/euler/`;
const BLOCK = "#figure-ch1-gd-on-the-flow";

const chromium = chromiumForThisFile();

/** The `[x, y]` of the code's start literal. */
async function startOf(block: Locator): Promise<[number, number]> {
  const text = (await codeLine(block, "// start").textContent())!;
  const match = /const start = \[(-?[\d.]+), (-?[\d.]+)\];/.exec(text);
  if (!match) throw new Error(`no start literal in "${text}"`);
  return [Number(match[1]), Number(match[2])];
}

/** The landscape panel of the live chart, and its canvas. */
function landscape(block: Locator) {
  const plot = block.locator(".live-chart .panel-pickable").first();
  return { plot, canvas: plot.locator("canvas") };
}

/** The text alternative's account of the gradient descent series: where it starts. */
const descentStart = async (plot: Locator) =>
  /gradient descent \(dots, \d+ points, from \(([^)]*)\)/.exec((await plot.getAttribute("aria-label"))!)?.[1];

async function clickAtFraction(page: Page, canvas: Locator, fx: number, fy: number) {
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
}

describe("a landscape", () => {
  it("draws its level sets as SVG without JavaScript, and says so in its text alternative", async () => {
    const context = await chromium().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(CHAPTER);
    const svg = page.locator(`${BLOCK} .figure-static svg`).first();
    // The level curves are one path: a curve is a move ("M") and the lines that follow it.
    const curves = (await svg.locator(".fig-levels .fig-level-lines").getAttribute("d"))!.split("M").length - 1;
    expect(curves).toBeGreaterThanOrEqual(8);
    expect(await page.locator(`${BLOCK} .figure-static [aria-label*="Level sets of L"]`).count()).toBe(1);
    await context.close();
  });

  it("draws a chart once alive: a click sets the start, the code's literal is rewritten, the figure too", async () => {
    const { page, block } = await openBlock(chromium(), CHAPTER, BLOCK);
    const { plot, canvas } = landscape(block);
    expect(await plot.getAttribute("aria-label")).toMatch(/Level sets of L from .* \(\d+ levels\)\..*arrow keys/);
    expect(await startOf(block)).toEqual([2, 1.5]);
    expect(await descentStart(plot)).toBe("2, 1.5");
    const before = await chartState(block);
    // Left of the centre and below it: a point with x₁ < 0 and x₂ < 0.
    await clickAtFraction(page, canvas, 0.35, 0.75);
    await expect.poll(async () => (await startOf(block))[0]).toBeLessThan(0);
    const [x, y] = await startOf(block);
    expect(y).toBeLessThan(0);
    await redrawn(block);
    await expect.poll(async () => (await chartState(block)).draws).toBeGreaterThan(before.draws);
    await expect.poll(() => descentStart(plot)).toBe(`${Number(x.toPrecision(3))}, ${Number(y.toPrecision(3))}`);
    // One undo in the editor restores the literal, and the figure follows.
    await block.locator(".cm-content").click();
    await page.keyboard.press("Control+z");
    await expect.poll(() => startOf(block)).toEqual([2, 1.5]);
    await expect.poll(() => descentStart(plot)).toBe("2, 1.5");
    await page.close();
  });

  it("moves the start with the arrow keys, one undo step each (Ctrl+Z on the landscape undoes)", async () => {
    const { page, block } = await openBlock(chromium(), CHAPTER, BLOCK);
    const { plot } = landscape(block);
    await plot.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(async () => (await startOf(block))[0]).toBeGreaterThan(2);
    const [afterRight] = await startOf(block);
    await page.keyboard.press("ArrowUp");
    await expect.poll(async () => (await startOf(block))[1]).toBeGreaterThan(1.5);
    expect((await startOf(block))[0]).toBe(afterRight);
    const announced = block.locator(".live-chart [role=status]");
    // The second move starts where the first left the code: x stays where the first key put it.
    await expect.poll(() => announced.textContent()).toMatch(`Start moved to (${afterRight!.toFixed(2)}, 1.`);
    await page.keyboard.press("Control+z");
    await expect.poll(() => startOf(block)).toEqual([afterRight, 1.5]);
    await page.keyboard.press("Control+z");
    await expect.poll(() => startOf(block)).toEqual([2, 1.5]);
    await redrawn(block);
    await page.close();
  });

  it("follows a drag continuously, and the whole drag is one undo step", async () => {
    const { page, block } = await openBlock(chromium(), CHAPTER, BLOCK);
    const { canvas } = landscape(block);
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    const starts: string[] = [];
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.3);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) {
      await page.mouse.move(box.x + box.width * (0.3 + 0.05 * i), box.y + box.height * 0.3, { steps: 2 });
      await page.waitForTimeout(40);
      starts.push(JSON.stringify(await startOf(block)));
    }
    await page.mouse.up();
    expect(new Set(starts).size).toBeGreaterThan(2); // the literal moved along with the pointer
    await redrawn(block);
    await block.locator(".cm-content").click();
    await page.keyboard.press("Control+z");
    await expect.poll(() => startOf(block)).toEqual([2, 1.5]);
    await page.close();
  });

  it("is axe-clean alive, focused, in both themes", async () => {
    for (const scheme of ["light", "dark"] as const) {
      const context = await chromium().newContext({ colorScheme: scheme });
      const { page, block } = await openBlock(context, CHAPTER, BLOCK);
      await landscape(block).plot.focus();
      await page.keyboard.press("ArrowLeft");
      await redrawn(block);
      expect(await audit(page), scheme).toEqual([]);
      await context.close();
    }
  });
});
