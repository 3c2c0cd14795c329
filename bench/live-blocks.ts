// In Chromium, against the production build served under /course/, for every live block of the book:
// the time from a keystroke in its editor to the chart's redraw (median and 95th percentile over many
// edits); the frames per second while Alt-dragging one of its numbers for two seconds; and the
// JavaScript each chapter loads (gzip). Printed, never asserted. Run by `npm run bench`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { it } from "vitest";
import { launchChromium } from "../test/browser/browser";
import { serveStatic } from "../test/browser/static-server";

const DIST = join(import.meta.dirname, "../dist");
const BASE = "/course/";
const CHAPTERS = ["euler", "modified-loss", "step-size-and-sgd"];
const EDITS = 40;

const SCRUB_MS = 2000;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

/**
 * Serves the production build under /course/, opens each chapter in Chromium and calls `visit` with
 * the page, the chapter, the ids of its live blocks and the scripts the page loaded (so far).
 */
async function forEachChapter(
  visit: (page: Page, chapter: string, blockIds: string[], scripts: Set<string>) => Promise<void>,
) {
  const { server, origin } = await serveStatic(DIST, BASE);
  const browser = await launchChromium();
  try {
    for (const chapter of CHAPTERS) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const scripts = new Set<string>();
      page.on("response", (r) => {
        if (r.request().resourceType() === "script" || r.url().endsWith(".js")) scripts.add(new URL(r.url()).pathname);
      });
      await page.goto(`${origin}${BASE}${chapter}/`, { waitUntil: "networkidle" });
      const ids = await page
        .locator("[data-live-block]")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-live-block")!));
      await visit(page, chapter, ids, scripts);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

it("measures edit-to-redraw latency and JavaScript weight", async () => {
  const rows: string[] = [];
  const weights: string[] = [];
  await forEachChapter(async (page, chapter, ids, scripts) => {
    for (const id of ids) {
      const block = page.locator(`[data-live-block="${id}"]`);
      await block.scrollIntoViewIfNeeded();
      await block.locator(".cm-content").waitFor();
      await page.waitForTimeout(500); // the worker starts when the page is idle
      // The first top-level numeric constant of the snippet: type a digit after it, then delete it.
      const line = block
        .locator(".cm-line")
        .filter({ hasText: /^const \w+ = -?[\d.]+;/ })
        .first();
      const text = (await line.textContent())!;
      const end = text.indexOf(";");
      await line.click({ position: { x: 2, y: 5 } });
      await page.keyboard.press("Home");
      for (let i = 0; i < end; i++) await page.keyboard.press("ArrowRight");
      await page.evaluate(() => {
        const w = window as unknown as { keyTimes?: number[] };
        if (!w.keyTimes) addEventListener("keydown", (e) => w.keyTimes!.push(e.timeStamp), { capture: true });
        w.keyTimes = [];
        performance.clearMarks("descent:chart-drawn");
      });
      for (let i = 0; i < EDITS; i++) {
        await page.keyboard.press(i % 2 === 0 ? "2" : "Backspace");
        await page.waitForFunction((n) => performance.getEntriesByName("descent:chart-drawn").length >= n, i + 1, {
          timeout: 10_000,
        });
        await page.waitForTimeout(30);
      }
      const latencies = await page.evaluate((blockId) => {
        const keys = (window as unknown as { keyTimes: number[] }).keyTimes;
        const drawn = performance
          .getEntriesByName("descent:chart-drawn")
          .filter((m) => (m as PerformanceMark).detail === blockId)
          .map((m) => m.startTime);
        return keys.map((k) => (drawn.find((d) => d >= k) ?? NaN) - k);
      }, id);
      const sorted = latencies.filter(Number.isFinite).sort((a, b) => a - b);
      rows.push(
        [
          id.padEnd(26),
          String(sorted.length).padStart(5),
          `${percentile(sorted, 0.5).toFixed(1).padStart(9)} ms`,
          `${percentile(sorted, 0.95).toFixed(1).padStart(9)} ms`,
        ].join(" "),
      );
    }
    let raw = 0;
    let gz = 0;
    for (const path of scripts) {
      const bytes = readFileSync(join(DIST, path.slice(BASE.length)));
      raw += bytes.length;
      gz += gzipSync(bytes, { level: 9 }).length;
    }
    weights.push(
      [
        chapter.padEnd(20),
        `${String(scripts.size).padStart(3)} files`,
        `${(raw / 1024).toFixed(0).padStart(6)} KB`,
        `${(gz / 1024).toFixed(0).padStart(6)} KB gzip`,
      ].join(" "),
    );
  });
  console.log(
    `\nedit → redraw, ${EDITS} keystrokes per block (Chromium, production build)\n` +
      `block                      edits    median        p95\n${rows.join("\n")}`,
  );
  console.log(`\nJavaScript loaded per chapter page (including the runner's worker)\n${weights.join("\n")}`);
}, 600_000);

it("measures frames per second while scrubbing a number", async () => {
  const rows: string[] = [];
  await forEachChapter(async (page, _chapter, ids) => {
    for (const id of ids) {
      const block = page.locator(`[data-live-block="${id}"]`);
      await block.scrollIntoViewIfNeeded();
      await block.locator(".cm-content").waitFor();
      await page.waitForTimeout(500);
      // The literal of the block's first `// range` parameter, located on screen.
      const line = block
        .locator(".cm-line")
        .filter({ hasText: /^const \w+ = -?[\d.]+;.*range/ })
        .first();
      const literal = (await line.textContent())!.match(/= (-?[\d.]+);/)![1]!;
      await line.evaluate((el) => el.scrollIntoView({ block: "center" }));
      await page.waitForTimeout(200);
      const box = await line.evaluate((el, text) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(text);
          if (at >= 0) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + text.length);
            const r = range.getBoundingClientRect();
            return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
          }
        }
        throw new Error("literal not found");
      }, literal);
      await page.evaluate(() => {
        const w = window as unknown as { frames: number; longTasks: number[]; counting: boolean };
        w.frames = 0;
        w.longTasks = [];
        w.counting = true;
        const tick = () => {
          if (!w.counting) return;
          w.frames++;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
          type: "longtask",
        });
        performance.clearMarks("descent:chart-drawn");
      });
      await page.mouse.move(box.x, box.y);
      await page.keyboard.down("Alt");
      await page.mouse.down();
      const start = Date.now();
      while (Date.now() - start < SCRUB_MS) {
        // Sweep right and back, 0 … 15 steps up from the book's value, once a second: ~30 new values a second.
        const phase = ((Date.now() - start) / 1000) * 2 * Math.PI;
        await page.mouse.move(box.x + 30 * (1 - Math.cos(phase)), box.y);
        await page.waitForTimeout(8);
      }
      await page.mouse.up();
      await page.keyboard.up("Alt");
      const elapsed = Date.now() - start;
      const { frames, longTasks, redraws } = await page.evaluate(() => {
        const w = window as unknown as { frames: number; longTasks: number[]; counting: boolean };
        w.counting = false;
        return {
          frames: w.frames,
          longTasks: w.longTasks,
          redraws: performance.getEntriesByName("descent:chart-drawn").length,
        };
      });
      const fps = (frames * 1000) / elapsed;
      const longest = Math.max(0, ...longTasks);
      rows.push(
        [
          id.padEnd(26),
          `${fps.toFixed(1).padStart(6)} fps`,
          `${((redraws * 1000) / elapsed).toFixed(1).padStart(6)} redraws/s`,
          `${String(longTasks.filter((d) => d > 50).length).padStart(3)} tasks > 50 ms`,
          `(longest ${longest.toFixed(0)} ms)`,
        ].join(" "),
      );
      const reset = block.getByRole("button", { name: "Reset" });
      if (await reset.isEnabled()) await reset.click(); // the sweep may end on the book's value
    }
  });
  console.log(
    `\nscrubbing a number with Alt-drag for ${SCRUB_MS / 1000} s (Chromium, production build)\n${rows.join("\n")}`,
  );
}, 600_000);
