// A chapter weighs what it shows: a bounded number of elements as built, and the parts off screen
// skipped (neither laid out nor painted) once the page has laid them out, with nothing moving for it.
import { describe, expect, inject, it } from "vitest";
import { chromiumForThisFile } from "./browser";
import { CHAPTER_PAGES as CHAPTERS } from "./pages";

const origin = inject("origin");
const BASE = "/course/";
const chromium = chromiumForThisFile();

/** Issue 26's budget: a chapter's page as built (before any script) holds at most this many elements. */
const MOST_ELEMENTS = 10_000;

describe("a chapter's page", () => {
  it(`holds at most ${MOST_ELEMENTS.toLocaleString("en")} elements as built`, async () => {
    const context = await chromium().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const chapter of CHAPTERS) {
      await page.goto(`${origin}${BASE}${chapter}`);
      // Counted by the browser's own HTML parser, MathML and SVG included.
      const elements = await page.evaluate(() => document.getElementsByTagName("*").length);
      expect(elements, chapter).toBeLessThanOrEqual(MOST_ELEMENTS);
      expect(elements, chapter).toBeGreaterThan(1_000); // the whole chapter was counted
    }
    await context.close();
  });

  for (const width of [390, 1280]) {
    it(`skips the parts off screen once loaded, and nothing moves for it (${width} px)`, async () => {
      const page = await chromium().newPage({ viewport: { width, height: 900 } });
      for (const chapter of CHAPTERS) {
        await page.goto(`${origin}${BASE}${chapter}`, { waitUntil: "load" });
        const main = page.locator("main.chapter");
        await expect.poll(() => main.evaluate((m) => m.classList.contains("skips-off-screen"))).toBe(true);
        const seen = await page.evaluate(() => {
          const main = document.querySelector("main.chapter")!;
          const parts = [...main.children] as HTMLElement[];
          /** Where each part stands on the page, and the page's height. */
          const places = () => [
            ...parts.map((p) => p.getBoundingClientRect().top + scrollY),
            document.body.scrollHeight,
          ];
          const skipping = places();
          const skipped = parts.filter((p) => !p.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }));
          main.classList.remove("skips-off-screen");
          const laidOut = places();
          main.classList.add("skips-off-screen");
          const moved = skipping.flatMap((at, i) => (Math.abs(at - laidOut[i]!) > 0.5 ? [i] : []));
          return { parts: parts.length, skipped: skipped.length, moved };
        });
        // Most of a chapter is off screen at its top, and each skipped part keeps its size and place.
        expect(seen.skipped, chapter).toBeGreaterThan(seen.parts / 2);
        expect(seen.moved, chapter).toEqual([]);
      }
      await page.close();
    });
  }

  it("prints every part, skipped on screen or not", async () => {
    const page = await chromium().newPage({ viewport: { width: 1280, height: 900 } });
    for (const chapter of CHAPTERS) {
      await page.goto(`${origin}${BASE}${chapter}`, { waitUntil: "load" });
      await expect.poll(() => page.locator("main.skips-off-screen").count()).toBe(1);
      await page.emulateMedia({ media: "print" });
      const skipped = await page.evaluate(
        () =>
          [...document.querySelectorAll("main.chapter > *")].filter(
            (part) => getComputedStyle(part).contentVisibility !== "visible",
          ).length,
      );
      expect(skipped, chapter).toBe(0);
      await page.emulateMedia({ media: "screen" });
    }
    await page.close();
  });

  it("lets find-in-page reach text in a part off screen, and shows it", async () => {
    const page = await chromium().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}${BASE}modified-loss/`, { waitUntil: "load" });
    await expect.poll(() => page.locator("main.skips-off-screen").count()).toBe(1);
    // The source's credit at the chapter's end: far below the first screen.
    const found = await page.evaluate(() => {
      const credit = document.querySelector(".chapter-credit")!;
      const before = credit.firstElementChild!.checkVisibility({ contentVisibilityAuto: true });
      // window.find is Chromium's (and Firefox's) find-in-page for scripts; DOM's types leave it out.
      const hit = (window as unknown as { find(text: string): boolean }).find("the mathematics is theirs");
      const selected = window.getSelection()?.anchorNode;
      return { before, hit, inCredit: credit.contains(selected ?? null) };
    });
    expect(found).toEqual({ before: false, hit: true, inCredit: true });
    await expect
      .poll(() => page.locator(".chapter-credit").evaluate((c) => c.getBoundingClientRect().top))
      .toBeLessThan(900);
    await page.close();
  });
});
