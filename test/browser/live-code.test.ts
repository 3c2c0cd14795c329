import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import type { BrowserContext } from "playwright-core";
import {
  codeLine,
  alertOf as alert,
  chartPixels,
  chartState,
  openBlock,
  reachFor,
  redrawn,
  replaceLine,
  statusOf as status,
} from "./blocks";
import { chromiumForThisFile, record } from "./browser";

const origin = inject("origin");
const CHAPTER = `${origin}/course/modified-loss/`;
const BLOCK = "#figure-ch2-gd-vs-flow";
const BOOK_CODE = readFileSync(
  join(import.meta.dirname, "../../content/chapters/02-modified-loss/gd-vs-flow.ts"),
  "utf8",
);

const chromium = chromiumForThisFile();

const openChapter = (context?: BrowserContext) => openBlock(context ?? chromium(), CHAPTER, BLOCK);

const pixels = (block: Parameters<typeof chartPixels>[0]) => chartPixels(block, 1);

describe("a live block", () => {
  it("draws its chart at its box's size in the device's pixels, and again when the box changes", async () => {
    const context = await chromium().newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 2 });
    const { page, block } = await openChapter(context);
    const canvas = block.locator(".live-chart canvas").first();
    // The canvas's pixels against its box (CSS pixels) times the device's ratio.
    const fit = () =>
      canvas.evaluate((c: HTMLCanvasElement) => ({
        pixels: [c.width, c.height],
        box: [c.clientWidth * 2, c.clientHeight * 2],
      }));
    await expect.poll(async () => ((f) => f.pixels.join() === f.box.join())(await fit())).toBe(true);
    const wide = await fit();
    await page.setViewportSize({ width: 600, height: 900 });
    await expect.poll(async () => ((f) => f.pixels.join() === f.box.join())(await fit())).toBe(true);
    expect((await fit()).box).not.toEqual(wide.box);
    await context.close();
  });

  it("redraws the chart in place when the code is edited", async () => {
    const { page, block } = await openChapter();
    const log = record(page);
    const before = await pixels(block);
    const canvas = await block.locator(".live-chart canvas").nth(1).elementHandle();
    await replaceLine(page, block, "const eta = 0.5", "const eta = 1.9;");
    await redrawn(block);
    expect((await pixels(block)).equals(before)).toBe(false);
    // The same canvas element: the chart was updated, not rebuilt.
    expect(await canvas!.evaluate((el) => el.isConnected)).toBe(true);
    expect(await block.locator(".live-chart .panel-plot").nth(1).getAttribute("aria-label")).toMatch(
      /gradient descent at t = kη \(dots, 11 points/,
    );
    expect(log.foreign).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it("shows a syntax error with its line and column, marks it in the editor, and keeps the last chart", async () => {
    const { page, block } = await openChapter();
    const before = await chartState(block);
    await replaceLine(page, block, "const eta = 0.5", "const eta = 0.5 +* 2;");
    const etaLine = BOOK_CODE.split("\n").findIndex((l) => l.startsWith("const eta = 0.5")) + 1;
    await expect
      .poll(() => alert(block).textContent())
      .toMatch(new RegExp(`Syntax error at line ${etaLine}, column \\d+`));
    expect(await block.locator(".cm-lintRange-error, .cm-lint-marker-error").count()).toBeGreaterThan(0);
    // The chart shows the last code that ran ("const eta = 0.5 ", on the way): the book's figure.
    expect((await chartState(block)).labels).toEqual(before.labels);
    await page.close();
  });

  it("stops an endless loop without freezing the page, then runs the next edit", async () => {
    const { page, block } = await openChapter();
    await page.evaluate(() => {
      (window as unknown as { longTasks: number[] }).longTasks = [];
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => (window as unknown as { longTasks: number[] }).longTasks.push(e.duration)),
      ).observe({ type: "longtask" });
    });
    const before = await chartState(block);
    const pixelsBefore = await pixels(block);
    // The loop arrives in one edit (typed key by key, "const steps = 1" on the way draws a chart of its own).
    await codeLine(block, "const steps = 10").click();
    await page.keyboard.press("End");
    await page.keyboard.insertText(" while (true) {}");
    // From here the loop runs in the worker until it is stopped: the page must stay responsive.
    await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
    await expect.poll(() => status(block).textContent()).toBe("Running…"); // shown once a run passes 150 ms
    await expect.poll(() => alert(block).textContent(), { timeout: 6000 }).toMatch(/Stopped.*more than 2 s/);
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    expect(longTasks.filter((ms) => ms > 50)).toEqual([]);
    expect((await chartState(block)).labels).toEqual(before.labels);
    await replaceLine(page, block, "while (true)", "const steps = 4;");
    await expect.poll(() => status(block).textContent()).toMatch(/Done in/);
    expect(await alert(block).textContent()).toBe("");
    expect((await pixels(block)).equals(pixelsBefore)).toBe(false);
    await page.close();
  });

  it("keeps the student's edit across a reload, and Reset brings back the book's code", async () => {
    const context = await chromium().newContext();
    const { page, block } = await openChapter(context);
    await replaceLine(page, block, "const theta0 = 1.2", "const theta0 = -0.8;");
    await expect.poll(() => status(block).textContent()).toMatch(/Done in/);
    await page.reload();
    await reachFor(block);
    await expect.poll(() => block.locator(".cm-content").textContent()).toContain("const theta0 = -0.8;");
    // The saved edit is run, not the book's figure shown.
    await expect.poll(() => status(block).textContent()).toMatch(/Done in/);
    expect(await block.locator(".live-edited").count()).toBe(1);
    await block.getByRole("button", { name: "Reset" }).click();
    await expect.poll(() => block.locator(".cm-content").textContent()).toContain("const theta0 = 1.2;");
    await page.reload();
    await reachFor(block);
    expect(await block.locator(".cm-content").textContent()).toContain("const theta0 = 1.2;");
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("descent:code:")))).toEqual(
      [],
    );
    await context.close();
  });

  it("ignores corrupt saved edits and offers both versions when the book's code changed", async () => {
    const context = await chromium().newContext();
    await context.addInitScript(() => {
      localStorage.setItem("descent:code:ch2-gd-vs-flow", "{not json");
      localStorage.setItem(
        "descent:code:ch2-modified-flow",
        JSON.stringify({ v: 1, book: "00000000", code: "// my old version\nexport default 1;" }),
      );
    });
    const page = await context.newPage();
    const log = record(page);
    await page.goto(CHAPTER);
    const first = page.locator(BLOCK);
    await reachFor(first);
    expect(await first.locator(".cm-content").textContent()).toContain("const eta = 0.5;");
    const second = page.locator("#figure-ch2-modified-flow");
    await reachFor(second);
    await expect
      .poll(() => second.locator(".live-notice").textContent())
      .toMatch(/book's code for this figure has changed/);
    await second.getByRole("button", { name: "Use the book's version" }).click();
    await expect.poll(() => second.locator(".cm-content").textContent()).toContain("modifiedLoss(loss, eta)");
    expect(await second.locator(".live-notice").count()).toBe(0);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it("keeps the student's version, without asking again, when they choose it over a changed book", async () => {
    const context = await chromium().newContext();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem("seeded")) {
        sessionStorage.setItem("seeded", "1");
        localStorage.setItem(
          "descent:code:ch2-modified-flow",
          JSON.stringify({ v: 1, book: "00000000", code: "// my old version\nexport default 1;" }),
        );
      }
    });
    const page = await context.newPage();
    await page.goto(CHAPTER);
    const block = page.locator("#figure-ch2-modified-flow");
    await reachFor(block);
    await block.getByRole("button", { name: "Keep my version" }).click();
    expect(await block.locator(".live-notice").count()).toBe(0);
    await page.reload();
    await reachFor(block);
    expect(await block.locator(".cm-content").textContent()).toContain("// my old version");
    expect(await block.locator(".live-notice").count()).toBe(0);
    await context.close();
  });

  it("can be reached and edited with the keyboard alone", async () => {
    const { page, block } = await openChapter();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.locator("body").focus();
    let inEditor = false;
    for (let i = 0; i < 400 && !inEditor; i++) {
      await page.keyboard.press("Tab");
      inEditor = await page.evaluate(
        (selector) => Boolean(document.activeElement?.closest(`${selector} .live-editor`)),
        BLOCK,
      );
    }
    expect(inEditor).toBe(true);
    const editable = await page.evaluate(() => (document.activeElement as HTMLElement).isContentEditable);
    if (!editable) await page.keyboard.press("Enter"); // an editor that asks to be entered first
    await page.keyboard.press("Control+End");
    await page.keyboard.type('\nconsole.log("typed by keyboard");');
    await expect.poll(() => block.locator(".live-console").textContent()).toContain("typed by keyboard");
    // Tab indents inside the editor; Escape then Tab leaves it, as the block's hint says.
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest(".cm-editor")))).toBe(false);
    expect(await block.locator(".live-editor").getAttribute("aria-describedby")).toBe("ch2-gd-vs-flow-editor-hint");
    await page.close();
  });
});
