// What a reader sees, at a phone's, a tablet's and a desktop's width, in both themes: equation numbers
// beside their equations, never on them; links that land on their headings and stay there; print
// that keeps all of the code and each figure with its caption.
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { chromiumForThisFile } from "./browser";
import { BOOK, CHAPTER_PAGES as CHAPTERS } from "./pages";

const origin = inject("origin");
const BASE = "/course/";
const WIDTHS = [390, 768, 1280];
const chromium = chromiumForThisFile();

/** Brings every block of the page alive without moving the page (a click on each figure, as a pointer would). */
async function bringAllAlive(page: Page) {
  await page.evaluate(() => {
    for (const block of document.querySelectorAll("[data-live-block] [data-slot='figure']")) {
      block.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, pointerType: "mouse" }));
    }
  });
  const blocks = await page.locator("[data-live-block]").count();
  await expect.poll(() => page.locator(".live-part[data-ready] .cm-editor").count(), { timeout: 15_000 }).toBe(blocks);
}

describe("display equations", () => {
  for (const scheme of ["light", "dark"] as const) {
    for (const width of WIDTHS) {
      it(`keep their numbers off them, proofs open, at ${width} px (${scheme})`, async () => {
        const page = await chromium().newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        for (const chapter of CHAPTERS) {
          await page.goto(`${origin}${BASE}${chapter}`);
          await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
          const overlaps = await page.evaluate(() =>
            [...document.querySelectorAll(".equation")].flatMap((equation) => {
              const number = equation.querySelector(".equation-number")?.getBoundingClientRect();
              const formula = equation.querySelector(".equation-body > math")?.getBoundingClientRect();
              const body = equation.querySelector(".equation-body")!.getBoundingClientRect();
              if (!number || !formula) return [];
              // The formula as shown: clipped to its scrolling box.
              const shown = { left: Math.max(formula.left, body.left), right: Math.min(formula.right, body.right) };
              const apart =
                number.left >= shown.right - 0.5 ||
                number.right <= shown.left + 0.5 ||
                number.top >= formula.bottom - 0.5 ||
                number.bottom <= formula.top + 0.5;
              return apart ? [] : [equation.id];
            }),
          );
          expect(overlaps, `${chapter} at ${width} px`).toEqual([]);
          // Every numbered equation has its anchor.
          expect(await page.locator(".equation-number").count()).toBe(
            await page.locator(".equation[id^='eq-']").count(),
          );
        }
        await page.close();
      });
    }
  }

  it("that are wider than the column scroll in their own box, which the keyboard can reach", async () => {
    const page = await chromium().newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${origin}${BASE}modified-loss/`);
    const wide = page.locator(".equation-body[tabindex='0']");
    await expect.poll(() => wide.count()).toBeGreaterThan(0);
    const first = wide.first();
    await first.focus();
    const before = await first.evaluate((el) => el.scrollLeft);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => first.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
    expect(await first.getAttribute("aria-label")).toMatch(/scroll it sideways/);
    // An equation that fits is no tab stop.
    expect(await page.locator(".equation-body:not([tabindex])").count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe("a link to a heading", () => {
  for (const [index, chapter] of CHAPTERS.entries())
    for (const width of [390, 1280]) {
      const title = "lands on it, clicked in the contents or opened by its address, and stays as blocks come alive";
      it(`${title} (${chapter} at ${width} px)`, async () => {
        const page = await chromium().newPage({ viewport: { width, height: 900 } });
        /**
         * Where a heading stands, as a fraction of the window's height from its top; a heading too near
         * the end of the page to reach the top counts as at the top when the page is scrolled to its end.
         */
        const top = (id: string) =>
          page.evaluate((id) => {
            const at = document.getElementById(id)!.getBoundingClientRect().top / innerHeight;
            const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
            return atEnd && at >= 0 && at < 1 ? Math.min(at, 0) : at;
          }, id);
        const source = BOOK.chapters[index]!;
        await page.goto(`${origin}${BASE}${chapter}`, { waitUntil: "networkidle" });
        const ids = await page.locator(".chapter h2[id], .chapter h3[id]").evaluateAll((hs) => hs.map((h) => h.id));
        // The sections of its source, and each exercise's title.
        expect(ids.length, chapter).toBe(source.headings.length + source.exercises.length);
        for (const id of ids) {
          await page.goto(`${origin}${BASE}${chapter}#${id}`);
          await page.waitForTimeout(100);
          const at = await top(id);
          expect(at, `${chapter}#${id} by address`).toBeGreaterThanOrEqual(-0.01);
          expect(at, `${chapter}#${id} by address`).toBeLessThanOrEqual(0.15);
        }
        if (width === 1280) {
          // Clicked in the table of contents, from the top of the page.
          await page.goto(`${origin}${BASE}${chapter}`);
          // Every entry of the contents (exercises' titles are reached by address, above).
          const listed = await page
            .locator(".toc a")
            .evaluateAll((as) => as.map((a) => a.getAttribute("href")!.slice(1)));
          expect(listed.length, chapter).toBe(source.headings.length);
          for (const id of listed) {
            await page.locator(`.toc a[href="#${id}"]`).click();
            await page.waitForTimeout(100);
            const at = await top(id);
            expect(at, `${chapter}#${id} from the contents`).toBeGreaterThanOrEqual(-0.01);
            expect(at, `${chapter}#${id} from the contents`).toBeLessThanOrEqual(0.15);
          }
        }
        // The last heading, then every block brought alive: it has not moved.
        const last = ids.at(-1)!;
        await page.goto(`${origin}${BASE}${chapter}#${last}`);
        await page.waitForTimeout(100);
        const before = await top(last);
        await bringAllAlive(page);
        await page.waitForTimeout(300);
        expect(Math.abs((await top(last)) - before), `${chapter}#${last} after the blocks came alive`).toBeLessThan(
          0.005,
        );
        await page.close();
      });
    }
});

describe("a link to an equation, a figure or an exercise", () => {
  /** Where an element stands, as a fraction of the window's height from its top (as for headings, above). */
  const top = (page: Page, id: string) =>
    page.evaluate((id) => {
      const at = document.getElementById(id)!.getBoundingClientRect().top / innerHeight;
      const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
      return atEnd && at >= 0 && at < 1 ? Math.min(at, 0) : at;
    }, id);

  it("lands on it opened by its address, and stays there once the parts off screen are skipped (390 px)", async () => {
    const page = await chromium().newPage({ viewport: { width: 390, height: 800 } });
    for (const chapter of CHAPTERS) {
      await page.goto(`${origin}${BASE}${chapter}`);
      const ids = await page
        .locator("main [id^='eq-'], main [id^='figure-'], main [id^='exercise-']")
        .evaluateAll((els) => els.map((e) => e.id));
      expect(ids.filter((id) => id.startsWith("eq-")).length, chapter).toBeGreaterThan(5);
      expect(ids.filter((id) => id.startsWith("figure-")).length, chapter).toBeGreaterThan(2);
      for (const id of ids) {
        await page.goto(`${origin}${BASE}${chapter}#${id}`, { waitUntil: "load" });
        await page.locator("main.skips-off-screen").waitFor({ state: "attached" });
        await page.waitForTimeout(50);
        const at = await top(page, id);
        expect(at, `${chapter}#${id}`).toBeGreaterThanOrEqual(-0.01);
        expect(at, `${chapter}#${id}`).toBeLessThanOrEqual(0.15);
      }
    }
    await page.close();
  });

  it("lands on it clicked in the text, every cross-reference of the page (1280 px)", async () => {
    const page = await chromium().newPage({ viewport: { width: 1280, height: 900 } });
    for (const chapter of CHAPTERS) {
      await page.goto(`${origin}${BASE}${chapter}`, { waitUntil: "load" });
      await page.locator("main.skips-off-screen").waitFor({ state: "attached" });
      // Links in a closed proof, hint or solution are not there to click.
      const links = page.locator("main a.cross-reference[href^='#']:not(details:not([open]) *)");
      const count = await links.count();
      expect(count, chapter).toBeGreaterThan(5);
      for (let i = 0; i < count; i++) {
        const id = (await links.nth(i).getAttribute("href"))!.slice(1);
        await links.nth(i).click();
        await page.waitForTimeout(50);
        const at = await top(page, id);
        expect(at, `${chapter}: link ${i} to #${id}`).toBeGreaterThanOrEqual(-0.01);
        expect(at, `${chapter}: link ${i} to #${id}`).toBeLessThanOrEqual(0.15);
      }
    }
    await page.close();
  });
});

describe("print", () => {
  for (const chapter of CHAPTERS)
    for (const alive of [false, true]) {
      const title = "keeps every line of code whole (wrapped) and each figure with its caption";
      it(`${title} (${chapter}, ${alive ? "live blocks" : "as built"})`, async () => {
        const page = await chromium().newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(`${origin}${BASE}${chapter}`, { waitUntil: "networkidle" });
        if (alive) await bringAllAlive(page);
        await page.emulateMedia({ media: "print" });
        const clipped = await page.evaluate(() =>
          [...document.querySelectorAll(".code-static, .live-editor .cm-scroller, .live-editor .cm-content")]
            .filter((code) => code.scrollWidth > code.clientWidth + 1)
            .map((code) => code.closest("[data-live-block]")?.id),
        );
        expect(clipped, chapter).toEqual([]);
        const figures = await page.evaluate(() =>
          // Every figure of the book (an exercise's block has no caption, and may have no figure).
          [...document.querySelectorAll("[data-live-block]:not(.exercise [data-live-block])")].map((block) => {
            const figure = block.querySelector("figure")!;
            return {
              caption: figure.lastElementChild?.tagName,
              whole: getComputedStyle(figure).breakInside,
              // The code follows the figure (chart and caption).
              chartFirst: Boolean(figure.compareDocumentPosition(block.querySelector("[data-slot='code']")!) & 4),
            };
          }),
        );
        for (const f of figures) expect(f).toEqual({ caption: "FIGCAPTION", whole: "avoid", chartFirst: true });
        await page.emulateMedia({ media: "screen" });
        await page.close();
      });
    }
});
