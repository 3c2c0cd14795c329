// What reading a chapter costs, for every chapter, side by side with BENCH_BEFORE's build when given:
// the HTML (raw and gzip), its elements (and how many are KaTeX's HTML and MathML), and the
// JavaScript fetched while reading (scrolled through, no block touched) and once the first block is
// reached for (gzip). Printed, never asserted; the current build's figures are compared with the
// baseline. Run by `npm run bench`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { it } from "vitest";
import { reachFor } from "../test/browser/blocks";
import { launchChromium } from "../test/browser/browser";
import { compareWithBaseline, type Figure } from "./baseline";
import { BASE, serveBuilds } from "./builds";
import { CHAPTERS, table } from "./chapters";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

it("measures each chapter's HTML, elements and JavaScript, side by side", async () => {
  const { served, close } = await serveBuilds();
  const browser = await launchChromium();
  const rows: string[][] = [];
  const figures: Record<string, Figure> = {};
  try {
    for (const chapter of CHAPTERS) {
      for (const { build, origin } of served) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const scripts = new Set<string>();
        page.on("response", (r) => {
          if (r.url().startsWith(origin) && r.url().endsWith(".js")) scripts.add(new URL(r.url()).pathname);
        });
        const response = await page.goto(`${origin}${BASE}${chapter}/`, { waitUntil: "networkidle" });
        if (!response?.ok()) {
          await page.close();
          continue;
        }
        const html = readFileSync(join(build.dist, chapter, "index.html"));
        const counts = await page.evaluate(() => ({
          all: document.getElementsByTagName("*").length,
          katexHtml: document.querySelectorAll(".katex-html, .katex-html *").length,
          mathml: document.querySelectorAll("math, math *").length,
        }));
        await page.mouse.wheel(0, 4000); // a reader scrolling through
        await page.waitForTimeout(500);
        const reading = [...scripts];
        const first = page.locator("[data-live-block]:not(.exercise [data-live-block])").first();
        await reachFor(first);
        await page.waitForTimeout(500);
        const alive = [...scripts].filter((s) => !reading.includes(s));
        const weigh = (paths: string[]) =>
          paths.reduce((sum, path) => sum + gzip(readFileSync(join(build.dist, path.slice(BASE.length)))), 0);
        rows.push([
          chapter,
          build.name,
          kb(html.length),
          kb(gzip(html)),
          String(counts.all),
          String(counts.katexHtml),
          String(counts.mathml),
          kb(weigh(reading)),
          kb(weigh(alive)),
        ]);
        if (build.name === "now") {
          figures[`${chapter} elements`] = { value: counts.all, better: "lower" };
          figures[`${chapter} HTML gzip`] = { value: gzip(html), better: "lower" };
          figures[`${chapter} JS while reading`] = { value: weigh(reading), better: "lower" };
        }
        await page.close();
      }
    }
  } finally {
    await browser.close();
    close();
  }
  console.log(
    "\nwhat reading a chapter costs: its HTML (raw, gzip), elements (of which KaTeX's HTML and MathML), " +
      "JavaScript while reading and once the first block is reached for (gzip)\n" +
      table(["chapter", "build", "HTML", "gzip", "elements", "KaTeX HTML", "MathML", "JS reading", "JS alive"], rows) +
      "\n\n" +
      compareWithBaseline("reading", figures),
  );
}, 900_000);
