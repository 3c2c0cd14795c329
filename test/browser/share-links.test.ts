// A block's code shared as a link: copied from the block's menu, opened in another browser, where it
// shows as a shared version (never the reader's until they keep it: nothing is stored, nothing guarded,
// no progress recorded); and every bad link refused with a notice, the page and storage unchanged.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "fflate";
import { describe, expect, inject, it } from "vitest";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { hashCode } from "../../src/live/storage/saved-edits";
import { storageKeys } from "../../src/live/storage/keys";
import { decodeShare, encodeShare } from "../../src/live/share/share-link";
import { alertOf, commitAnswer, editorText, reachFor, redrawn, replaceLine, statusOf } from "./blocks";
import { chromiumForThisFile, record } from "./browser";

const origin = inject("origin");
const CHAPTER = `${origin}/course/modified-loss/`;
const BLOCK = "#figure-ch2-gd-vs-flow";
const ID = "ch2-gd-vs-flow";
const chapters = join(import.meta.dirname, "../../content/chapters");
const BOOK = readFileSync(join(chapters, "02-modified-loss/gd-vs-flow.ts"), "utf8");
/** The reader's own version of the block, saved in their browser before the link comes. */
const MINE = BOOK.replace("const theta0 = 1.2;", "const theta0 = -0.8;");

const chromium = chromiumForThisFile();

/** What the site keeps in the page's storage. */
const stored = (page: Page) => page.evaluate(() => ({ ...localStorage }));

/** A fresh browser (another reader) whose storage holds `entries` before any page of the site runs. */
async function readerWith(entries: Record<string, string> = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}/course/notation/`);
  await page.evaluate((all) => Object.entries(all).forEach(([k, v]) => localStorage.setItem(k, v)), entries);
  return { context, page };
}
const savedEdit = (code: string) => ({
  [storageKeys.edit(ID)]: JSON.stringify({ v: 1, book: hashCode(BOOK), code }),
});

/** The menu of a live block, opened, and what "Copy link" put on the clipboard (and shows). */
async function copyLink(page: Page, block: Locator): Promise<string> {
  await block.getByRole("button", { name: "Share" }).click();
  await block.getByRole("button", { name: "Copy link" }).click();
  const shown = block.locator(".block-menu-copied textarea");
  await expect.poll(() => shown.inputValue()).toMatch(/^http/);
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toBe(await shown.inputValue());
  return clipboard;
}

/** Opens `url` in `page` and waits until the block `selector` is alive (a share link brings it alive). */
async function openShared(page: Page, url: string, selector = BLOCK): Promise<Locator> {
  await page.goto(url);
  const block = page.locator(selector);
  await block.locator(".cm-content").waitFor();
  return block;
}

describe("a share link", () => {
  it("copies the edited code; another reader sees it marked shared; 'Back to mine' brings theirs back", async () => {
    const author = await chromium().newContext({ viewport: { width: 1280, height: 900 } });
    await author.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    const page = await author.newPage();
    await page.goto(CHAPTER);
    const block = page.locator(BLOCK);
    await reachFor(block);
    await replaceLine(page, block, "const eta = 0.5", "const eta = 1.2;");
    await redrawn(block);
    const link = await copyLink(page, block);
    expect(link.startsWith(`${CHAPTER}#share/1/${ID}/`)).toBe(true);
    const shared = BOOK.replace(/^const eta = 0\.5;.*$/m, "const eta = 1.2;");
    expect(decodeShare(new URL(link).hash)).toEqual({ ok: true, blockId: ID, code: shared });
    await author.close();

    const { context, page: reader } = await readerWith(savedEdit(MINE));
    const log = record(reader);
    const before = await stored(reader);
    const opened = await openShared(reader, link);
    expect(await editorText(opened)).toContain("const eta = 1.2;");
    await expect.poll(() => opened.locator(".live-shared").textContent()).toMatch(/^Shared version\./);
    expect(await opened.locator(".live-editor-title").textContent()).toBe("Code (shared version)");
    expect(await opened.getByRole("button", { name: "Reset" }).isDisabled()).toBe(true);
    await redrawn(opened);
    // Edited further, it is still not saved: the reader's own version stays as it was.
    await replaceLine(reader, opened, "const steps = 10", "const steps = 12;");
    await redrawn(opened);
    await reader.waitForTimeout(600); // past the pause after which an edit is saved
    expect(await stored(reader)).toEqual(before);

    await opened.getByRole("button", { name: "Back to mine" }).click();
    await expect.poll(() => editorText(opened)).toContain("const theta0 = -0.8;");
    expect(await editorText(opened)).toContain("const eta = 0.5;");
    await redrawn(opened);
    expect(await opened.locator(".live-shared").count()).toBe(0);
    expect(await opened.locator(".live-editor-title").textContent()).toBe("Code (edited)");
    expect(new URL(reader.url()).hash).toBe(""); // a reload shows the reader's own code
    expect(await stored(reader)).toEqual(before);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it("becomes the reader's saved edit when they keep it, and not before", async () => {
    const code = BOOK.replace("const steps = 10;", "const steps = 4;");
    const { context, page } = await readerWith(savedEdit(MINE));
    const block = await openShared(page, `${CHAPTER}${encodeShare(ID, code)}`);
    await block.getByRole("button", { name: "Keep it" }).click();
    await expect.poll(() => stored(page)).toEqual(savedEdit(code));
    expect(await block.locator(".live-editor-title").textContent()).toBe("Code (edited)");
    await page.reload();
    await reachFor(block);
    await expect.poll(() => editorText(block)).toContain("const steps = 4;");
    expect(await block.locator(".live-shared").count()).toBe(0);
    await context.close();
  });

  it("opened on a chapter already open (a new fragment) replaces the editor's code, unsaved", async () => {
    const code = BOOK.replace("const eta = 0.5;", "const eta = 0.1;");
    const { context, page } = await readerWith();
    await page.goto(CHAPTER);
    const block = page.locator(BLOCK);
    await reachFor(block);
    await page.evaluate((hash) => (location.hash = hash), encodeShare(ID, code));
    await expect.poll(() => editorText(block)).toContain("const eta = 0.1;");
    await expect.poll(() => block.locator(".live-shared").count()).toBe(1);
    await page.waitForTimeout(600);
    expect(await stored(page)).toEqual({});
    await block.getByRole("button", { name: "Back to mine" }).click();
    await expect.poll(() => editorText(block)).toContain("const eta = 0.5;");
    await context.close();
  });

  it("with code that loops runs under the time limit, and neither stores it nor guards the reader's code", async () => {
    const looping = BOOK.replace("const steps = 10;", "const steps = 10; while (true) {}");
    const { context, page } = await readerWith(savedEdit(MINE));
    const before = await stored(page);
    const block = await openShared(page, `${CHAPTER}${encodeShare(ID, looping)}`);
    await expect.poll(() => alertOf(block).textContent(), { timeout: 8000 }).toMatch(/Stopped/);
    expect(await stored(page)).toEqual(before); // no saved edit changed, no running mark left
    await page.reload(); // the reader leaves with the link still in the address bar
    const again = page.locator(BLOCK);
    await again.locator(".cm-content").waitFor();
    await expect.poll(() => alertOf(again).textContent(), { timeout: 8000 }).toMatch(/Stopped/);
    await again.getByRole("button", { name: "Back to mine" }).click();
    await expect.poll(() => editorText(again)).toContain("const theta0 = -0.8;");
    await expect.poll(() => statusOf(again).textContent()).toMatch(/Done in/); // theirs runs: it is not guarded
    expect(await stored(page)).toEqual(before);
    await context.close();
  });

  it("of an exercise carries its code only, and records no progress for the reader who opens it", async () => {
    const dir = join(chapters, "03-step-size-and-sgd");
    const solution = readFileSync(join(dir, "ex-largest-step.solution.ts"), "utf8");
    const link = `${origin}/course/step-size-and-sgd/${encodeShare("ch3-largest-step", solution)}`;
    expect(decodeShare(new URL(link).hash)).toEqual({ ok: true, blockId: "ch3-largest-step", code: solution });
    const { context, page } = await readerWith();
    const block = await openShared(page, link, "#block-ch3-largest-step");
    const exercise = page.locator("#exercise-3-3");
    await expect.poll(() => exercise.locator("[data-verdict]").textContent()).toMatch(/^Solved\./);
    expect(await exercise.locator("[data-progress]").textContent()).toBe("Not tried");
    expect(await stored(page)).toEqual({});
    expect(await editorText(block)).toContain(
      solution
        .split("\n")
        .find((l) => l.includes("eta"))!
        .trim(),
    );
    await context.close();
  });

  it("of a predict exercise waits for the reader's prediction, then opens in the exercise", async () => {
    const dir = join(chapters, "03-step-size-and-sgd");
    const code = readFileSync(join(dir, "ex-which-valley.ts"), "utf8").replace("eta = 0.5;", "eta = 0.1;");
    const { context, page } = await readerWith();
    await page.goto(`${origin}/course/step-size-and-sgd/${encodeShare("ch3-which-valley", code)}`);
    const exercise = page.locator("#exercise-3-1");
    await expect.poll(() => exercise.locator("[data-share-notice]").textContent()).toMatch(/commit your prediction/);
    const block = exercise.locator("[data-live-block]");
    expect(await block.isVisible()).toBe(false); // the prediction comes first
    await commitAnswer(exercise);
    await block.locator(".cm-content").waitFor();
    await expect.poll(() => editorText(block)).toContain("export const eta = 0.1;");
    expect(await block.locator(".live-shared").count()).toBe(1);
    expect(await exercise.locator("[data-share-notice]").count()).toBe(0); // its note is done
    await context.close();
  });
});

describe("a bad share link", () => {
  const good = encodeShare(ID, BOOK.replace("const eta = 0.5;", "const eta = 0.7;"));
  const bomb = `#share/1/${ID}/${Buffer.from(deflateSync(new Uint8Array(20_000_000))).toString("base64url")}`;
  const cases: [string, string, RegExp][] = [
    ["cut short", good.slice(0, Math.round(good.length * 0.6)), /cut short or damaged/],
    ["not one of ours", `#share/1/${ID}/not*base64`, /not one of Descent's/],
    ["of another version", good.replace("#share/1/", "#share/7/"), /another version of Descent/],
    [
      "for a block this page does not have",
      good.replace(ID, "ch9-no-such-block"),
      /“ch9-no-such-block”.*not on this page/,
    ],
    ["a zip bomb (20 MB of zeros in 19.5 KB)", bomb, /more code than a block takes/],
  ];
  for (const [what, hash, notice] of cases) {
    it(`${what}: a notice, the book's code, storage unchanged`, async () => {
      const { context, page } = await readerWith({ [storageKeys.edit("ch2-modified-flow")]: "{kept}" });
      const log = record(page);
      const before = await stored(page);
      await page.goto(`${CHAPTER}${hash}`);
      const box = page.locator("[data-share-notice]");
      await expect.poll(() => box.textContent()).toMatch(notice);
      expect(await box.getAttribute("role")).toBe("alert");
      expect(await box.textContent()).toMatch(/nothing was changed/i);
      await page.waitForTimeout(500);
      const block = page.locator(BLOCK);
      expect(await block.locator(".cm-content").count()).toBe(0); // not brought alive
      // The book's code, line by line (each line is an element: the text has no line breaks).
      expect(await block.locator(".code-static").textContent()).toBe(BOOK.replace(/\n/g, ""));
      expect(await stored(page)).toEqual(before);
      await box.getByRole("button", { name: "Dismiss" }).click();
      expect(await box.count()).toBe(0);
      expect(log.errors).toEqual([]);
      await context.close();
    });
  }
});
