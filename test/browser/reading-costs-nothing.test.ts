// Reading costs nothing: a chapter is its static HTML until the reader reaches for a block; then the
// block comes alive in place, without moving anything, and nothing the reader did meanwhile is lost.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { codeLine, drawsFigure, editorText, reachFor, redrawn } from "./blocks";
import { chromiumForThisFile } from "./browser";
import { CHAPTER_PAGES as CHAPTERS } from "./pages";

const origin = inject("origin");
const BASE = "/course/";
const DIST = join(import.meta.dirname, "../../dist");
const chromium = chromiumForThisFile();

/** The scripts a page fetched, by path under the site, and their weight in gzip bytes. */
function scripts(page: Page) {
  const paths = new Set<string>();
  page.on("response", (r) => {
    const url = new URL(r.url());
    if (url.origin === origin && url.pathname.endsWith(".js")) paths.add(url.pathname);
  });
  return {
    paths,
    gzip: () => [...paths].reduce((sum, p) => sum + gzipSync(readFileSync(join(DIST, p.slice(BASE.length)))).length, 0),
  };
}

/** Watches layout shifts from now on, all of them (also those right after input, which CLS forgives). */
async function watchShifts(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { shifts: number[] };
    w.shifts = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => w.shifts.push((e as unknown as { value: number }).value)),
    ).observe({
      type: "layout-shift",
    });
  });
  return () => page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
}

describe("a chapter read without reaching for a block", () => {
  for (const chapter of CHAPTERS) {
    it(`fetches no editor, chart or runner code, and at most 30 KB of script: ${chapter}`, async () => {
      const page = await chromium().newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const fetched = scripts(page);
      await page.goto(`${origin}${BASE}${chapter}`, { waitUntil: "networkidle" });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y < height; y += 600) {
        await page.mouse.wheel(0, 600);
        await page.waitForTimeout(30);
      }
      await page.waitForTimeout(1000);
      expect([...fetched.paths].filter((p) => /mount|client|live-|runner\.worker|component-ui/.test(p))).toEqual([]);
      expect(await page.locator(".cm-editor, .live-chart canvas").count()).toBe(0);
      expect(fetched.gzip()).toBeLessThanOrEqual(30 * 1024);
      await page.close();
    });
  }
});

describe("a block reached for", () => {
  it("by keyboard: focus into its code and type, and the keys land in the editor and change the chart", async () => {
    const page = await chromium().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}${BASE}modified-loss/`);
    const block = page.locator("#figure-ch2-gd-vs-flow");
    const book = await block.locator(".figure-static .panel-plot").nth(1).getAttribute("aria-label");
    // Tab into the block, on to its code (past its sliders and its menu, which bring it alive on the way).
    const inCode = () =>
      page.evaluate(() =>
        Boolean(document.activeElement?.closest("#figure-ch2-gd-vs-flow :is(.code-static, .live-editor)")),
      );
    for (let i = 0; i < 80 && !(await inCode()); i++) await page.keyboard.press("Tab");
    expect(await inCode()).toBe(true);
    // At once, whether the editor is there yet or not: down to the line of eta, before its ";", a digit.
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Home");
    for (let i = 0; i < "const eta = 0.5".length; i++) await page.keyboard.press("ArrowRight");
    await page.keyboard.type("9");
    await expect.poll(() => codeLine(block, "const eta").textContent()).toContain("const eta = 0.59;");
    await redrawn(block);
    await expect.poll(() => block.locator(".live-chart .panel-plot").nth(1).getAttribute("aria-label")).not.toBe(book);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest(".cm-editor")))).toBe(true);
    await page.close();
  });

  it("by a click in its code: the caret lands where the click was", async () => {
    const page = await chromium().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}${BASE}modified-loss/`);
    const block = page.locator("#figure-ch2-gd-vs-flow");
    const line = block.locator(".code-static .code-line", { hasText: "const steps = 10" });
    await line.scrollIntoViewIfNeeded();
    const box = (await line.boundingBox())!;
    const text = (await line.textContent())!;
    // Just right of the line's end: the caret goes to the end of "const steps = 10;". (Clicked where
    // the line is when clicked: on a loaded machine the page may still settle after it was measured.)
    await line.click({ position: { x: box.width - 4, y: box.height / 2 } });
    // The caret is read by typing once the editor has taken the focus (keys typed while the block
    // loads are the keyboard test's, above).
    await expect
      .poll(() => page.evaluate(() => Boolean(document.activeElement?.closest(".cm-editor"))), { timeout: 15_000 })
      .toBe(true);
    await page.keyboard.press("Backspace"); // removes the ";" at the caret
    await page.keyboard.type("0;");
    await expect.poll(() => editorText(block)).toContain("const steps = 100;");
    expect(text).toBe("const steps = 10;");
    await page.close();
  });

  it("by a slider: its move is carried into the code", async () => {
    const page = await chromium().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}${BASE}modified-loss/`);
    const block = page.locator("#figure-ch2-gd-vs-flow");
    const slider = block.locator("#ch2-gd-vs-flow-param-eta");
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => editorText(block)).toContain("const eta = 0.51;"); // one step of 0.01
    await redrawn(block);
    await page.close();
  });

  // Each chapter at one of a phone's, a desktop's and a tablet's widths, in turn.
  for (const [width, chapter] of CHAPTERS.map((chapter, i) => [[390, 1280, 768][i % 3]!, chapter] as const)) {
    it(`moves nothing when it comes alive: no layout shift, same heights (${chapter} at ${width} px)`, async () => {
      const page = await chromium().newPage({ viewport: { width, height: 900 } });
      await page.goto(`${origin}${BASE}${chapter}`, { waitUntil: "networkidle" });
      const shifts = await watchShifts(page);
      for (const block of await page.locator("[data-live-block]").all()) {
        // A predict exercise's run is not shown until an answer is committed: not part of reading.
        if (!(await block.isVisible())) continue;
        await block.scrollIntoViewIfNeeded();
        const before = (await block.boundingBox())!.height;
        const figure = await drawsFigure(block);
        await reachFor(block);
        if (figure) await block.locator(".live-chart canvas").first().waitFor();
        await redrawn(block);
        expect((await block.boundingBox())!.height, (await block.getAttribute("id"))!).toBeCloseTo(before, 0);
      }
      expect((await shifts()).reduce((a, b) => a + b, 0)).toBe(0);
      await page.close();
    });
  }
});
