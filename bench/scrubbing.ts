// In Chromium, against the production build served under /course/, for every chapter and live block:
// the JavaScript fetched before and after a reader first reaches for a block (gzip); the time from a
// keystroke in a block's editor to its chart drawn and to the next frame painted, and the Event Timing
// API's keydown-to-next-paint; and the frames per second while Alt-dragging a number. Printed, never
// asserted. Run by `npm run bench`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { it } from "vitest";
import { EVENTS } from "../src/lib/names";
import { literalBox, reachFor } from "../test/browser/blocks";
import { launchChromium } from "../test/browser/browser";
import { serveStatic } from "../test/browser/static-server";
import { CHAPTERS, countFrames, table } from "./chapters";

const DIST = join(import.meta.dirname, "../dist");
const BASE = "/course/";
const EDITS = 40;
const SCRUB_MS = 2000;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : "–");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Serves the production build under /course/, opens each chapter in Chromium and calls `visit` with
 * the page, the chapter, the ids of its live blocks and the scripts the page fetched (so far).
 */
export async function forEachChapter(
  visit: (page: Page, chapter: string, blockIds: string[], scripts: Set<string>) => Promise<void>,
) {
  const { server, origin } = await serveStatic(DIST, BASE);
  const browser = await launchChromium();
  try {
    for (const chapter of CHAPTERS) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const scripts = new Set<string>();
      page.on("response", (r) => {
        if (r.url().startsWith(origin) && r.url().endsWith(".js")) scripts.add(new URL(r.url()).pathname);
      });
      await page.goto(`${origin}${BASE}${chapter}/`, { waitUntil: "networkidle" });
      // The figures' blocks (exercises have their own bench, bench/exercises-and-landscapes.ts).
      const ids = await page
        .locator("[data-live-block]:not(.exercise [data-live-block])")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-live-block")!));
      await visit(page, chapter, ids, scripts);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

const gzipOf = (paths: Iterable<string>) =>
  [...paths].reduce(
    (sum, path) => sum + gzipSync(readFileSync(join(DIST, path.slice(BASE.length))), { level: 9 }).length,
    0,
  );

/**
 * In the page (installed once, emptied for each block): the keydowns' times, when each chart is drawn
 * and when the frame after it is painted, and the Event Timing API's keydown durations.
 */
export async function instrument(page: Page) {
  await page.evaluate((drawn) => {
    type Log = { keys: number[]; drawn: number[]; painted: number[]; keyEvents: number[] };
    const w = window as unknown as { log?: Log };
    const installed = w.log !== undefined;
    w.log = { keys: [], drawn: [], painted: [], keyEvents: [] };
    if (installed) return;
    addEventListener("keydown", (e) => w.log!.keys.push(e.timeStamp), { capture: true });
    const mark = performance.mark.bind(performance);
    performance.mark = (name: string, options?: PerformanceMarkOptions) => {
      if (name === drawn) {
        w.log!.drawn.push(performance.now());
        // After the next animation frame's callbacks the frame is painted; a task queued there runs after it.
        requestAnimationFrame(() => setTimeout(() => w.log!.painted.push(performance.now())));
      }
      return mark(name, options);
    };
    new PerformanceObserver((list) => {
      // Only the keystrokes measured now.
      for (const e of list.getEntries()) {
        if (e.name === "keydown" && e.startTime >= (w.log!.keys[0] ?? Infinity) - 1) w.log!.keyEvents.push(e.duration);
      }
    }).observe({ type: "event", durationThreshold: 16 } as PerformanceObserverInit);
  }, EVENTS.chartDrawn);
}

it("measures JavaScript fetched before and after reaching for a block, and keystroke → paint per block", async () => {
  const latency: string[][] = [];
  const weights: string[][] = [];
  await forEachChapter(async (page, chapter, ids, scripts) => {
    await page.mouse.wheel(0, 4000); // a reader scrolling through
    await page.waitForTimeout(500);
    const before = new Set(scripts);
    for (const [index, id] of ids.entries()) {
      const block = page.locator(`[data-live-block="${id}"]`);
      await reachFor(block);
      await block.locator(".live-status", { hasText: "Done in" }).waitFor();
      if (index === 0) {
        await page.waitForTimeout(500);
        const after = [...scripts].filter((s) => !before.has(s));
        weights.push([chapter, `${before.size} files`, kb(gzipOf(before)), `${after.length} files`, kb(gzipOf(after))]);
      }
      // The snippet's first parameter with a range (a reader's knob), else its first numeric constant:
      // type a digit after it, then delete it.
      const knobs = block.locator(".cm-line").filter({ hasText: /^const \w+ = -?[\d.]+;.*range/ });
      const line = (await knobs.count())
        ? knobs.first()
        : block
            .locator(".cm-line")
            .filter({ hasText: /^const \w+ = -?[\d.]+;/ })
            .first();
      const text = (await line.textContent())!;
      await line.click({ position: { x: 2, y: 5 } });
      await page.keyboard.press("Home");
      for (let i = 0; i < text.indexOf(";"); i++) await page.keyboard.press("ArrowRight");
      await instrument(page);
      for (let i = 0; i < EDITS; i++) {
        await page.keyboard.press(i % 2 === 0 ? "2" : "Backspace");
        await page.waitForFunction(
          (n) => (window as unknown as { log: { painted: number[] } }).log.painted.length >= n,
          i + 1,
          {
            timeout: 10_000,
          },
        );
        await page.waitForTimeout(30);
      }
      await page.waitForTimeout(300); // Event Timing entries arrive a little later
      const { keys, drawn, painted, keyEvents } = await page.evaluate(
        () =>
          (window as unknown as { log: { keys: number[]; drawn: number[]; painted: number[]; keyEvents: number[] } })
            .log,
      );
      const after = (times: number[]) =>
        keys
          .map((k) => (times.find((t) => t >= k) ?? NaN) - k)
          .filter(Number.isFinite)
          .sort((a, b) => a - b);
      const toDraw = after(drawn);
      const toPaint = after(painted);
      const events = [...keyEvents].sort((a, b) => a - b);
      // Event Timing reports only keydowns of 16 ms or more: the rest count as under 16.
      const eventMedian =
        events.length * 2 <= keys.length
          ? "< 16 ms"
          : ms(percentile([...Array(keys.length - events.length).fill(0), ...events], 0.5));
      const eventP95 =
        events.length <= keys.length * 0.05
          ? "< 16 ms"
          : ms(percentile([...Array(keys.length - events.length).fill(0), ...events], 0.95));
      latency.push([
        id,
        String(toPaint.length),
        ms(percentile(toDraw, 0.5)),
        ms(percentile(toPaint, 0.5)),
        ms(percentile(toPaint, 0.95)),
        eventMedian,
        eventP95,
      ]);
      await page.keyboard.press("Escape");
    }
  });
  console.log(
    "\nJavaScript fetched per chapter page (gzip): reading (scrolled through, no block touched), " +
      "then the first block reached for\n" +
      table(["chapter", "before", "", "first interaction", ""], weights),
  );
  console.log(
    `\nkeystroke → chart, ${EDITS} keystrokes per block (Chromium, production build): ` +
      "to the chart drawn, to the next frame " +
      `painted (median, p95), and the Event Timing API's keydown → next paint (median, p95)\n` +
      table(["block", "keys", "drawn p50", "painted p50", "painted p95", "event p50", "event p95"], latency),
  );
}, 900_000);

it("measures frames per second while scrubbing a number", async () => {
  const rows: string[][] = [];
  await forEachChapter(async (page, _chapter, ids) => {
    for (const id of ids) {
      const block = page.locator(`[data-live-block="${id}"]`);
      await reachFor(block);
      await block.locator(".live-status", { hasText: "Done in" }).waitFor();
      // The literal of the block's first `// range` parameter, located on screen.
      const line = block.locator(".cm-line").filter({ hasText: /^const \w+ = -?[\d.]+;.*range/ });
      const literal = (await line.first().textContent())!.match(/= (-?[\d.]+);/)![1]!;
      await line.first().evaluate((el) => el.scrollIntoView({ block: "center" }));
      await page.waitForTimeout(200);
      const box = await literalBox(line.first(), literal);
      const stop = await countFrames(page, EVENTS.chartDrawn);
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

      rows.push([id, ...(await stop(elapsed))]);
      const reset = block.getByRole("button", { name: "Reset", exact: true });
      if (await reset.isEnabled()) await reset.click(); // the sweep may end on the book's value
    }
  });
  console.log(
    `\nscrubbing a number with Alt-drag for ${SCRUB_MS / 1000} s (Chromium, production build)\n` +
      table(["block", "frames", "redraws", "long tasks", ""], rows),
  );
}, 900_000);
