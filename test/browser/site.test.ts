import { describe, expect, inject, it } from "vitest";
import course from "../../course.config";
import { reachFor, reachForAll } from "./blocks";
import { chromiumForThisFile, record } from "./browser";
import { BOOK, PAGES } from "./pages";

const origin = inject("origin");
const BASE = "/course/";

const chromium = chromiumForThisFile();

describe("the built site under /course/", () => {
  for (const path of PAGES) {
    it(`loads ${BASE}${path} with no console error, no failed request and no request outside its origin`, async () => {
      const page = await chromium().newPage();
      const log = record(page);
      const response = await page.goto(`${origin}${BASE}${path}`, { waitUntil: "networkidle" });
      expect(response?.status(), path).toBe(200);
      // Every live block, reached for, comes alive and loads nothing foreign.
      await reachForAll(page);
      await page.waitForLoadState("networkidle");
      expect(log.errors, path).toEqual([]);
      expect(log.failed, path).toEqual([]);
      expect(
        log.requests.filter(
          (url) => !url.startsWith(`${origin}${BASE}`) && !url.startsWith("data:") && !url.startsWith("blob:"),
        ),
        path,
      ).toEqual([]);
      expect(await page.title(), path).toMatch(course.title);
      expect(await page.locator('meta[name="description"]').getAttribute("content"), path).toBeTruthy();
      await page.close();
    });
  }

  it("answers an unknown address with the 404 page", async () => {
    const page = await chromium().newPage();
    const response = await page.goto(`${origin}${BASE}no-such-chapter/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1").textContent()).resolves.toBe("Page not found");
    await page.close();
  });

  it("has no broken internal link or anchor", async () => {
    const page = await chromium().newPage();
    const seen = new Set<string>();
    for (const path of PAGES) {
      await page.goto(`${origin}${BASE}${path}`);
      const links = await page.locator("a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const link of links) {
        const url = new URL(link);
        if (url.origin !== origin) continue;
        expect(url.pathname.startsWith(BASE), `${link} on ${path}`).toBe(true);
        const target = url.pathname;
        if (!seen.has(target)) {
          const response = await page.request.get(`${origin}${target}`);
          expect(response.status(), `${link} on ${path}`).toBe(200);
          seen.add(target);
        }
        if (url.hash && target === new URL(page.url()).pathname) {
          const id = decodeURIComponent(url.hash.slice(1));
          expect(await page.locator(`[id="${id}"]`).count(), `anchor ${url.hash} on ${path}`).toBeGreaterThan(0);
        }
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(PAGES.length);
    await page.close();
  });

  it("marks the current chapter and links previous and next", async () => {
    const page = await chromium().newPage();
    await page.goto(`${origin}${BASE}modified-loss/`);
    await expect(page.locator('.chapter-sidebar a[aria-current="page"]').textContent()).resolves.toMatch(
      /Gradient flow and the modified loss/,
    );
    await expect(page.locator('a[rel="prev"]').getAttribute("href")).resolves.toBe(`${BASE}euler/`);
    await expect(page.locator('a[rel="next"]').getAttribute("href")).resolves.toBe(`${BASE}step-size-and-sgd/`);
    await page.close();
  });

  it("switches theme with the toggle and remembers it across a reload", async () => {
    const context = await chromium().newContext({ colorScheme: "light" });
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}euler/`);
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await background()).toBe("rgb(255, 255, 255)");
    await page.locator("[data-theme-toggle]").click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await background()).not.toBe("rgb(255, 255, 255)");
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await background()).not.toBe("rgb(255, 255, 255)");
    await context.close();
  });

  it("finds a chapter by full-text search, with the index served from the sub-path", async () => {
    const page = await chromium().newPage();
    const log = record(page);
    await page.goto(`${origin}${BASE}`);
    const input = page.locator("pagefind-searchbox input").first();
    await input.click();
    await input.fill("implicit gradient regularisation");
    const result = page.locator(`pagefind-searchbox a[href*="${BASE}modified-loss/"]`).first();
    await result.waitFor({ timeout: 10_000 });
    expect(log.requests.some((url) => url.startsWith(`${origin}${BASE}pagefind/`))).toBe(true);
    expect(log.foreign).toEqual([]);
    await page.close();
  });

  it("prints without the sidebar and editor chrome, with the charts and the code", async () => {
    const page = await chromium().newPage();
    await page.goto(`${origin}${BASE}modified-loss/`);
    const block = page.locator("#figure-ch2-gd-vs-flow");
    await reachFor(block);
    await block.locator(".live-chart canvas").first().waitFor();
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".chapter-sidebar").isVisible()).toBe(false);
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await block.locator(".live-editor-bar").isVisible()).toBe(false);
    expect(await block.getByRole("button", { name: "Reset" }).isVisible()).toBe(false);
    expect(await block.locator(".live-chart canvas").first().isVisible()).toBe(true);
    expect(await block.locator(".cm-content").textContent()).toContain("const eta = 0.5;"); // the code prints
    await page.close();
  });

  it("reads without JavaScript: math is MathML in the site's math font, figures are SVG, code is text", async () => {
    const context = await chromium().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const chapter of BOOK.chapters) {
      const path = `${chapter.slug}/`;
      await page.goto(`${origin}${BASE}${path}`);
      // Every display equation of the chapter's source, and its figures.
      expect(await page.locator(".equation-body > math[display='block']").count(), path).toBe(chapter.displayMath);
      expect(await page.locator("p > math").first().isVisible(), path).toBe(true);
      if (chapter.blocks.length > 0) {
        expect(await page.locator(".figure-static svg").first().isVisible(), path).toBe(true);
        expect(await page.locator(".code-static").first().textContent(), path).toMatch(/export default figure/);
      }
      // The math font comes from the site, not from a CDN.
      const fontsOk = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.family === "STIX Two Math" && f.status === "loaded").length;
      });
      expect(fontsOk, path).toBeGreaterThan(0);
    }
    await context.close();
  });
});
