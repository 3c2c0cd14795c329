// In Chromium, against the production build under /course/: the time from a keystroke in an
// exercise's code to its check's verdict on the page; the time a landscape (100 × 100 grid, 12 level
// sets) takes to compute in the live runner's worker; and the frames per second while the start of a
// run is dragged across a landscape. Printed, never asserted. Run by `npm run bench`.
import { join } from "node:path";
import { it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { EVENTS } from "../src/lib/names";
import { reachFor, replaceCode } from "../test/browser/blocks";
import { launchChromium } from "../test/browser/browser";
import { serveStatic } from "../test/browser/static-server";
import { countFrames, table } from "./chapters";

const DIST = join(import.meta.dirname, "../dist");
const BASE = "/course/";
const EDITS = 20;
const DRAG_MS = 2000;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : "–");

async function withPage(visit: (page: Page, origin: string) => Promise<void>) {
  const { server, origin } = await serveStatic(DIST, BASE);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await visit(page, origin);
  } finally {
    await browser.close();
    server.close();
  }
}

/** Places the caret right after the step-size literal of an exercise's code (`const eta = 0.1;`). */
async function caretAfterEta(page: Page, block: Locator) {
  const line = block
    .locator(".cm-line")
    .filter({ hasText: /^(export )?const eta = [\d.]+;/ })
    .first();
  const text = (await line.textContent())!;
  await line.click({ position: { x: 2, y: 5 } });
  await page.keyboard.press("Home");
  for (let i = 0; i < text.indexOf(";"); i++) await page.keyboard.press("ArrowRight");
}

it("measures the time from an edit to the check's verdict, per compute exercise", async () => {
  const rows: string[][] = [];
  await withPage(async (page, origin) => {
    for (const [chapter, number] of [
      ["modified-loss", "2.3"],
      ["step-size-and-sgd", "3.3"],
      ["step-size-and-sgd", "3.5"],
    ] as const) {
      await page.goto(`${origin}${BASE}${chapter}/#exercise-${number.replace(".", "-")}`);
      const exercise = page.locator(`#exercise-${number.replace(".", "-")}`);
      const block = exercise.locator("[data-live-block]");
      await reachFor(block);
      await block.locator(".live-status", { hasText: "Done in" }).waitFor();
      await caretAfterEta(page, block);
      // Each keystroke's time, and the time the verdict's text next changed.
      await page.evaluate(
        (selector) => {
          const w = window as unknown as { keys: number[]; verdicts: number[]; watching?: MutationObserver };
          if (!w.watching) addEventListener("keydown", (e) => w.keys.push(e.timeStamp), { capture: true });
          w.watching?.disconnect();
          w.keys = [];
          w.verdicts = [];
          w.watching = new MutationObserver(() => w.verdicts.push(performance.now()));
          w.watching.observe(document.querySelector(selector)!, {
            childList: true,
            subtree: true,
            characterData: true,
          });
        },
        `#exercise-${number.replace(".", "-")} [data-verdict]`,
      );
      for (let i = 0; i < EDITS; i++) {
        await page.keyboard.press(i % 2 === 0 ? "2" : "Backspace");
        await page.waitForFunction((n) => (window as unknown as { verdicts: number[] }).verdicts.length >= n, i + 1, {
          timeout: 10_000,
        });
        await page.waitForTimeout(20);
      }
      const { keys, verdicts } = await page.evaluate(() => {
        const w = window as unknown as { keys: number[]; verdicts: number[] };
        return { keys: w.keys, verdicts: w.verdicts };
      });
      const times = keys
        .map((k) => (verdicts.find((v) => v >= k) ?? NaN) - k)
        .filter(Number.isFinite)
        .sort((a, b) => a - b);
      rows.push([`Exercise ${number}`, String(times.length), ms(percentile(times, 0.5)), ms(percentile(times, 0.95))]);
      await page.keyboard.press("Escape");
    }
  });
  console.log(
    `\nedit → verdict, ${EDITS} keystrokes per exercise (Chromium, production build): ` +
      "keydown to the verdict's text changed on the page\n" +
      table(["exercise", "edits", "p50", "p95"], rows),
  );
}, 600_000);

it("measures a landscape's computation in the runner's worker (100 × 100 grid, 12 levels)", async () => {
  const rows: string[][] = [];
  await withPage(async (page, origin) => {
    await page.goto(`${origin}${BASE}euler/`);
    const block = page.locator("#figure-ch1-gd-on-the-flow");
    await reachFor(block);
    await block.locator(".live-status", { hasText: "Done in" }).waitFor();
    // Runs in the same worker, with the same bundled numerics and d3-contour as every snippet.
    await replaceCode(
      page,
      block,
      `import { contours, figure, line, panel, quadratic, rosenbrock } from "@descent/numerics";
const losses = { bowl: quadratic([[3.5, 2.5], [2.5, 3.5]]), rosenbrock: rosenbrock() };
for (const [name, loss] of Object.entries(losses)) {
  const times = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    contours(loss, { x: [-2.5, 2.5], y: [-2.5, 2.5], grid: 100, levels: 12 });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(name + " " + times[15].toFixed(2) + " " + times[28].toFixed(2));
}
export default figure({ panels: [panel({ x: "x", y: "y", series: [line("done", [0, 1], [0, 1])] })] });`,
    );
    await block.locator(".live-console", { hasText: "rosenbrock" }).waitFor({ timeout: 30_000 });
    const text = (await block.locator(".live-console").textContent())!;
    for (const m of text.matchAll(/(bowl|rosenbrock) ([\d.]+) ([\d.]+)/g))
      rows.push([m[1]!, `${m[2]} ms`, `${m[3]} ms`]);
  });
  console.log(
    "\na landscape computed in the live runner's worker: contours() on a 100 × 100 grid, 12 levels, " +
      "30 runs (Chromium)\n" +
      table(["loss", "median", "p95"], rows),
  );
}, 600_000);

it("measures frames per second while dragging the start across a landscape", async () => {
  const rows: string[][] = [];
  await withPage(async (page, origin) => {
    for (const [chapter, id] of [
      ["euler", "ch1-gd-on-the-flow"],
      ["modified-loss", "ch2-paths-in-the-plane"],
      ["modified-loss", "ch2-line-of-minima"],
      ["step-size-and-sgd", "ch3-several-dimensions"],
    ] as const) {
      await page.goto(`${origin}${BASE}${chapter}/`);
      const block = page.locator(`[data-live-block="${id}"]`);
      await reachFor(block);
      await block.locator(".live-status", { hasText: "Done in" }).waitFor();
      const canvas = block.locator(".live-chart .panel-pickable canvas").first();
      await canvas.evaluate((el) => el.scrollIntoView({ block: "center" }));
      await page.waitForTimeout(200);
      const box = (await canvas.boundingBox())!;
      const stop = await countFrames(page, EVENTS.chartDrawn);
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      const start = Date.now();
      while (Date.now() - start < DRAG_MS) {
        // A circle around the plot's centre, once a second.
        const phase = ((Date.now() - start) / 1000) * 2 * Math.PI;
        await page.mouse.move(cx + box.width * 0.25 * Math.cos(phase), cy + box.height * 0.25 * Math.sin(phase));
        await page.waitForTimeout(8);
      }
      await page.mouse.up();
      const elapsed = Date.now() - start;

      const counted = await stop(elapsed);
      rows.push([id, `${counted.fps.toFixed(1)} fps`, ...counted.cells]);
    }
  });
  console.log(
    `\ndragging the start across a landscape for ${DRAG_MS / 1000} s (Chromium, production build)\n` +
      table(["block", "frames", "redraws", "long tasks", ""], rows),
  );
}, 600_000);
