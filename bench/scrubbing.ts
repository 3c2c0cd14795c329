// In Chromium, against the production build served under /course/, for every live block with a
// slider: Alt-drag its number for two seconds, sweeping ~30 new values a second, and count frames per
// second, the values the editor previewed, the charts drawn (a value is drawn at least once: ≥ 1 draw
// a value) and long tasks. Printed, never asserted; compared with the baseline. Run by `npm run bench`.
import { it } from "vitest";
import { EVENTS } from "../src/lib/names";
import { literalBox, reachFor } from "../test/browser/blocks";
import { launchChromium } from "../test/browser/browser";
import { compareWithBaseline } from "./baseline";
import { BASE, serveBuilds } from "./builds";
import { CHAPTERS, countFrames, table } from "./chapters";

const SCRUB_MS = 2000;

it("measures frames per second while scrubbing a number", async () => {
  const { served, close } = await serveBuilds();
  const { origin } = served.find((s) => s.build.name === "now")!;
  const browser = await launchChromium();
  const rows: string[][] = [];
  let lowestFps = Infinity;
  let fewestDrawsPerValue = Infinity;
  try {
    for (const chapter of CHAPTERS) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${origin}${BASE}${chapter}/`, { waitUntil: "networkidle" });
      const ids = await page
        .locator("[data-live-block]:not(.exercise [data-live-block])")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-live-block")!));
      for (const id of ids) {
        const block = page.locator(`[data-live-block="${id}"]`);
        await reachFor(block);
        await block.locator(".live-status", { hasText: "Done in" }).waitFor();
        // The literal of the block's first `// range` parameter, located on screen.
        const line = block.locator(".cm-line").filter({ hasText: /^const \w+ = -?[\d.]+;.*range/ });
        if ((await line.count()) === 0) continue;
        const literal = (await line.first().textContent())!.match(/= (-?[\d.]+);/)![1]!;
        await line.first().evaluate((el) => el.scrollIntoView({ block: "center" }));
        await page.waitForTimeout(200);
        const box = await literalBox(line.first(), literal);
        await block.evaluate((el, name) => {
          const w = window as unknown as { previews: Set<string> };
          w.previews = new Set();
          el.addEventListener(name, (e) => w.previews.add((e as CustomEvent<string>).detail));
        }, EVENTS.codePreview);
        const stop = await countFrames(page, EVENTS.chartDrawn);
        await page.mouse.move(box.x, box.y);
        await page.keyboard.down("Alt");
        await page.mouse.down();
        const start = Date.now();
        while (Date.now() - start < SCRUB_MS) {
          // Sweep right and back, 0 … 15 steps up from the book's value, once a second.
          const phase = ((Date.now() - start) / 1000) * 2 * Math.PI;
          await page.mouse.move(box.x + 30 * (1 - Math.cos(phase)), box.y);
          await page.waitForTimeout(8);
        }
        await page.mouse.up();
        await page.keyboard.up("Alt");
        const elapsed = Date.now() - start;
        const counted = await stop(elapsed);
        const values = await page.evaluate(() => (window as unknown as { previews: Set<string> }).previews.size);
        const draws = await page.evaluate((name) => performance.getEntriesByName(name).length, EVENTS.chartDrawn);
        lowestFps = Math.min(lowestFps, counted.fps);
        fewestDrawsPerValue = Math.min(fewestDrawsPerValue, values ? draws / values : Infinity);
        rows.push([
          id,
          `${counted.fps.toFixed(1)} fps`,
          String(values),
          (draws / Math.max(1, values)).toFixed(2),
          ...counted.cells,
        ]);
        const reset = block.getByRole("button", { name: "Reset", exact: true });
        if (await reset.isEnabled()) await reset.click(); // the sweep may end on the book's value
      }
      await page.close();
    }
  } finally {
    await browser.close();
    close();
  }
  console.log(
    `\nscrubbing a number with Alt-drag for ${SCRUB_MS / 1000} s (Chromium, production build): frames a ` +
      "second, distinct values previewed, charts drawn a value, redraws a second, long tasks\n" +
      table(["block", "frames", "values", "draws/value", "redraws", "long tasks", ""], rows) +
      "\n\n" +
      compareWithBaseline("scrubbing", {
        "lowest fps": { value: lowestFps, better: "higher" },
        "fewest draws a value": { value: fewestDrawsPerValue, better: "higher" },
      }),
  );
}, 1_800_000);
