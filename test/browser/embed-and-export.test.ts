// A block embedded in another page (/embed/<block id>/) and a figure taken out of the site: the embed
// page is the block alone, as cheap to read as a chapter, accessible in both themes and live; a
// presenter's keys enlarge it; its menu works from the keyboard; the figure exported as SVG is the
// build-time SVG, as PNG twice the size shown; a pinned run stays, faint, until unpinned.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { encodeShare } from "../../src/live/share/share-link";
import { audit } from "./axe";
import { chartPixels, chartState, editorText, reachFor, redrawn, replaceLine } from "./blocks";
import { chromiumForThisFile, record } from "./browser";

const origin = inject("origin");
const BASE = "/course/";
const DIST = join(import.meta.dirname, "../../dist");
const EMBED = `${origin}${BASE}embed/ch2-gd-vs-flow/`;
const BLOCK = "#figure-ch2-gd-vs-flow";
const BOOK = readFileSync(join(import.meta.dirname, "../../content/chapters/02-modified-loss/gd-vs-flow.ts"), "utf8");

const chromium = chromiumForThisFile();

/** The scripts a page fetches from the site while it loads and is scrolled through, untouched (gzip bytes). */
async function scriptsWhileReading(page: Page, url: string) {
  const paths = new Set<string>();
  page.on("response", (r) => {
    const u = new URL(r.url());
    if (u.origin === origin && u.pathname.endsWith(".js")) paths.add(u.pathname);
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.mouse.wheel(0, 3000);
  await page.waitForTimeout(800);
  const gzip = [...paths].reduce((sum, p) => sum + gzipSync(readFileSync(join(DIST, p.slice(BASE.length)))).length, 0);
  return { paths: [...paths], gzip };
}

/** The build-time SVG plots of block `id` in a built page, as written there. */
function builtPlots(page: string, id: string): string[] {
  const html = readFileSync(join(DIST, page, "index.html"), "utf8");
  const start = html.indexOf(`data-live-block="${id}"`);
  const end = html.indexOf("data-live-block=", start + 20);
  return [...html.slice(start, end < 0 ? undefined : end).matchAll(/<svg class="fig-svg"[\s\S]*?<\/svg>/g)].map(
    (m) => m[0],
  );
}
/** A plot's clip path is named after where it was rendered (the page, or the block of an export). */
const sameIds = (svg: string) => svg.replace(/plot-[\w-]+/g, "plot-id");

/** Downloads what the block's menu item `item` gives: the file's name and bytes. */
async function download(page: Page, block: Locator, item: string) {
  const menu = block.locator(".block-menu-panel");
  if ((await menu.count()) === 0) await block.getByRole("button", { name: "Share" }).click();
  const [file] = await Promise.all([page.waitForEvent("download"), block.getByRole("button", { name: item }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

describe("an embedded block", () => {
  it("is the block alone: no site header, its figure redraws on edit, and a share link opens in it", async () => {
    const page = await chromium().newPage({ viewport: { width: 960, height: 540 } });
    const log = record(page);
    await page.goto(EMBED);
    expect(await page.locator(".site-header, .chapter-sidebar, .toc").count()).toBe(0);
    expect(await page.locator("[data-live-block]").count()).toBe(1);
    expect(await page.locator("h1").textContent()).toMatch(/^Figure 2\.1 · Gradient flow and the modified loss/);
    const block = page.locator(BLOCK);
    await reachFor(block);
    await redrawn(block);
    const before = await chartState(block);
    await replaceLine(page, block, "const eta = 0.5", "const eta = 1.5;");
    await redrawn(block);
    await expect.poll(async () => (await chartState(block)).labels[1]).not.toBe(before.labels[1]);
    // Side by side in a 16:9 frame: the code's top is beside the figure, not under it.
    const figure = (await block.locator(".live-figure").boundingBox())!;
    const code = (await block.locator("[data-slot='code']").boundingBox())!;
    expect(code.x).toBeGreaterThan(figure.x + figure.width - 1);
    expect(log.errors).toEqual([]);

    const shared = BOOK.replace("const steps = 10;", "const steps = 3;");
    await page.goto(`${EMBED}${encodeShare("ch2-gd-vs-flow", shared)}`);
    await expect.poll(() => editorText(page.locator(BLOCK)).catch(() => "")).toContain("const steps = 3;");
    expect(await page.locator(".live-shared").count()).toBe(1);
    await page.close();
  });

  it("fetches no more JavaScript before it is reached for than a chapter, and none of the live runtime", async () => {
    const embed = await scriptsWhileReading(await chromium().newPage({ viewport: { width: 390, height: 844 } }), EMBED);
    const chapter = await scriptsWhileReading(
      await chromium().newPage({ viewport: { width: 390, height: 844 } }),
      `${origin}${BASE}modified-loss/`,
    );
    expect(embed.paths.filter((p) => /mount|client|live-|runner\.worker|component-ui|share/.test(p))).toEqual([]);
    expect(embed.gzip).toBeLessThanOrEqual(chapter.gzip);
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`passes the axe audit in the ${scheme} theme: as loaded, live, and with its menu open`, async () => {
      const page = await chromium().newPage({ colorScheme: scheme, viewport: { width: 960, height: 540 } });
      await page.goto(EMBED, { waitUntil: "networkidle" });
      expect(await audit(page), "static").toEqual([]);
      const block = page.locator(BLOCK);
      await reachFor(block);
      await redrawn(block);
      await block.getByRole("button", { name: "Share" }).click();
      await block.getByRole("button", { name: "Copy embed code" }).click();
      await block.locator(".block-menu-copied textarea").waitFor();
      expect(await audit(page), "live, menu open").toEqual([]);
      await page.close();
    });
  }

  it("passes the axe audit as read without JavaScript (the menu's button hidden: it would do nothing)", async () => {
    const context = await chromium().newContext({ viewport: { width: 960, height: 540 } });
    await context.route(/\.js(\?.*)?$/, (route) => route.abort()); // the site's scripts, as accessibility.test.ts
    const page = await context.newPage();
    await page.goto(EMBED);
    expect(await audit(page)).toEqual([]);
    // With scripts turned off the page's first inline script does not mark it either: then no menu button.
    await page.evaluate(() => document.documentElement.classList.remove("js"));
    expect(await page.locator("[data-block-menu]").isVisible()).toBe(false);
    expect(await audit(page)).toEqual([]);
    await context.close();
  });

  it("enlarges its text with Ctrl/⌘ +, shrinks it with −, resets with 0, keeps it, and says so", async () => {
    const context = await chromium().newContext({ viewport: { width: 960, height: 540 } });
    const page = await context.newPage();
    await page.goto(EMBED);
    const size = () =>
      page
        .locator(".panel")
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const code = () => page.locator(".code-static").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const [panel0, code0] = [await size(), await code()];
    const prevented = await page.evaluate(() => {
      const event = new KeyboardEvent("keydown", { key: "=", ctrlKey: true, bubbles: true, cancelable: true });
      return !document.body.dispatchEvent(event); // the page took the key: the browser does not zoom
    });
    expect(prevented).toBe(true);
    await page.keyboard.press("Control+Equal");
    expect(await size()).toBeCloseTo(panel0 * 1.25, 1); // two steps: 1.1, then 1.25
    expect(await code()).toBeCloseTo(code0 * 1.25, 1);
    await expect.poll(() => page.locator("[data-embed-scale-status]").textContent()).toBe("Text size 125 %");
    await page.reload();
    expect(await size()).toBeCloseTo(panel0 * 1.25, 1);
    await page.keyboard.press("Control+Minus");
    expect(await size()).toBeCloseTo(panel0 * 1.1, 1);
    await page.keyboard.press("Control+0");
    expect(await size()).toBeCloseTo(panel0, 1);
    await context.close();
  });
});

describe("a block's menu", () => {
  it("opens by keyboard or click on the static page, offers the iframe, and Escape gives the focus back", async () => {
    const page = await chromium().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}${BASE}modified-loss/`);
    const block = page.locator(BLOCK);
    const onMenu = () =>
      page.evaluate((s) => Boolean(document.activeElement?.matches(`${s} [data-block-menu]`)), BLOCK);
    for (let i = 0; i < 120 && !(await onMenu()); i++) await page.keyboard.press("Tab");
    expect(await onMenu()).toBe(true);
    await page.keyboard.press("Enter");
    const panel = block.locator(".block-menu-panel[role='group']");
    await panel.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Copy link");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter"); // Copy embed code
    const snippet = await block.locator(".block-menu-copied textarea").inputValue();
    expect(snippet).toBe(
      `<iframe src="${EMBED}" title="Figure 2.1 · Gradient flow and the modified loss · Descent" ` +
        `width="960" height="540" ` +
        `style="border: 0; max-width: 100%" loading="lazy" allow="clipboard-write"></iframe>`,
    );
    await page.keyboard.press("Escape");
    expect(await panel.count()).toBe(0);
    expect(await onMenu()).toBe(true);
    // Clicked on a block not yet alive: the block comes alive with its menu open.
    const other = page.locator("#figure-ch2-modified-flow");
    await other.scrollIntoViewIfNeeded();
    expect(await other.locator(".cm-content").count()).toBe(0);
    await other.getByRole("button", { name: "Share" }).click();
    await other.locator(".block-menu-panel[role='group']").waitFor();
    expect(await other.locator("[data-block-menu]").getAttribute("aria-expanded")).toBe("true");
    await page.close();
  });
});

describe("a figure's export", () => {
  for (const [chapter, id] of [
    ["modified-loss", "ch2-gd-vs-flow"],
    ["step-size-and-sgd", "ch3-hilly-terrain"],
  ] as const) {
    it(`as SVG is the build-time SVG for the book's code, standalone: ${id}`, async () => {
      const page = await chromium().newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${origin}${BASE}${chapter}/`);
      const block = page.locator(`#figure-${id}`);
      await reachFor(block);
      await redrawn(block);
      const { name, bytes } = await download(page, block, "Download SVG");
      expect(name).toBe(`${id}.svg`);
      const svg = bytes.toString("utf8");
      const plots = [...svg.matchAll(/<svg class="fig-svg"[\s\S]*?<\/svg>/g)].map((m) => sameIds(m[0]));
      const built = builtPlots(`${chapter}`, id);
      expect(built.length).toBeGreaterThan(0);
      expect(plots).toEqual(built.map(sameIds));
      // Standalone: colours resolved (no variable of the page's but the level sets'), fonts named.
      const style = /<style>([\s\S]*?)<\/style>/.exec(svg)![1]!;
      expect(style).toMatch(/\.tone-blue\{color:rgb\(\d+, \d+, \d+\)\}/);
      expect(style).toMatch(/font-family:[^;]*(system-ui|sans-serif)/);
      expect(svg.replace(style, "")).not.toMatch(/var\(--(?!levels)/);
      expect(style).toMatch(/--levels:rgb/);
      await page.close();
    });
  }

  it("as PNG has twice the pixels of the figure shown, each way", async () => {
    const page = await chromium().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}${BASE}modified-loss/`);
    const block = page.locator(BLOCK);
    await reachFor(block);
    await redrawn(block);
    const shown = (await block.locator(".live-chart .figure-panels").boundingBox())!;
    const svg = (await download(page, block, "Download SVG")).bytes.toString("utf8");
    const [, w, h] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
    expect(Number(w)).toBe(Math.round(shown.width));
    const { name, bytes } = await download(page, block, "Download PNG");
    expect(name).toBe("ch2-gd-vs-flow.png");
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2 * Number(w), 2 * Number(h)]);
    await page.close();
  });
});

describe("a pinned run", () => {
  it("stays faint under the edited run, in the legend and the text alternative, until unpinned", async () => {
    const page = await chromium().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}${BASE}modified-loss/`);
    const block = page.locator(BLOCK);
    await reachFor(block);
    await redrawn(block);
    await block.getByRole("button", { name: "Share" }).click();
    await block.getByRole("button", { name: "Pin this run" }).click();
    expect(await block.locator(".block-menu-panel").count()).toBe(0); // back to editing
    await expect.poll(() => block.locator(".panel-legend-pinned").count()).toBe(2); // one per panel
    await replaceLine(page, block, "const eta = 0.5", "const eta = 1.5;");
    await redrawn(block);
    const label = block.locator(".live-chart .panel-plot").nth(1);
    await expect
      .poll(() => label.getAttribute("aria-label"))
      .toMatch(/pinned gradient descent at t = kη \(dots, 11 points/);
    const pinned = await chartPixels(block, 1);
    await block.getByRole("button", { name: "Share" }).click();
    await block.getByRole("button", { name: "Unpin the pinned run" }).click();
    await expect.poll(() => block.locator(".panel-legend-pinned").count()).toBe(0);
    expect(await label.getAttribute("aria-label")).not.toMatch(/pinned/);
    expect((await chartPixels(block, 1)).equals(pinned)).toBe(false); // the faint run is gone from the chart
    await page.close();
  });
});
