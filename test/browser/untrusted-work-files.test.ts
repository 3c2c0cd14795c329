// A work file is untrusted input: loading one is all or nothing (a browser that runs out of room
// half-way keeps exactly what it had, and says so only when that is true), a file far too large is
// refused by its size before it is read, and progress is taken only for exercises the book has.
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { chromiumForThisFile } from "./browser";

const origin = inject("origin");
const chromium = chromiumForThisFile();

const edit = (code: string) => JSON.stringify({ v: 1, book: "00000000", code });
const solved = JSON.stringify({ tried: true, solved: true, solutionSeen: false });
const workFile = (entries: Record<string, string>) =>
  JSON.stringify({ format: "descent-work", version: 1, saved: "2026-12-01T10:00:00Z", entries });

async function home(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/course/#your-work`);
  return page;
}
const message = (page: Page) => page.locator("[data-work-message]").textContent();
const everything = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

function fileOf(text: string): string {
  const path = join(tmpdir(), `descent-work-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, text);
  return path;
}

describe("loading a work file over the browser's storage quota", () => {
  it("changes nothing, and says so", async () => {
    const context = await chromium().newContext();
    // Storage that holds the student's own edit and room for about one more entry of the file.
    await context.addInitScript(() => {
      if (!sessionStorage.getItem("seeded")) {
        sessionStorage.setItem("seeded", "1");
        localStorage.setItem("descent:code:ch2-gd-vs-flow", JSON.stringify({ v: 1, book: "0", code: "// mine" }));
      }
      const used = () => Object.keys(localStorage).reduce((n, k) => n + k.length + localStorage.getItem(k)!.length, 0);
      const limit = used() + 150;
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        const old = this.getItem(key);
        const after = used() - (old === null ? 0 : key.length + old.length) + key.length + value.length;
        if (after > limit) throw new DOMException("full", "QuotaExceededError");
        return setItem.call(this, key, value);
      };
    });
    const page = await home(context);
    const before = await everything(page);
    const file = fileOf(
      workFile({
        "descent:code:ch2-gd-vs-flow": edit("// theirs"),
        "descent:code:ch1-euler-vs-exact": edit(`// ${"a".repeat(80)}`),
        "descent:code:ch1-gd-on-the-flow": edit(`// ${"b".repeat(80)}`),
        "descent:exercise:ch3-largest-step": solved,
      }),
    );
    await page.locator("[data-load-work]").setInputFiles(file);
    await expect
      .poll(() => message(page), { timeout: 5000 })
      .toMatch(/storage is full or turned off\. Nothing was changed\./);
    expect(await everything(page)).toEqual(before);
    rmSync(file);
    await context.close();
  });
});

describe("a work file of 700 MB", () => {
  it("is refused by its size at once, before it is read", async () => {
    const context = await chromium().newContext();
    const page = await home(context);
    const path = join(tmpdir(), `descent-huge-${Date.now()}.json`);
    execFileSync("truncate", ["-s", "700M", path]); // sparse: no disk space is used
    const started = Date.now();
    await page.locator("[data-load-work]").setInputFiles(path);
    await expect.poll(() => message(page), { timeout: 3000 }).toMatch(/700 MB; a Descent work file is at most 5 MB/);
    expect(Date.now() - started).toBeLessThan(2000);
    rmSync(path);
    await context.close();
  });
});

describe("progress in a work file", () => {
  it("is refused when the file holds 55,000 made-up exercises", async () => {
    const context = await chromium().newContext();
    const page = await home(context);
    const entries: Record<string, string> = { "descent:exercise:ch3-largest-step": solved };
    for (let i = 0; i < 55_000; i++) entries[`descent:exercise:made-up-${i}`] = solved;
    const file = fileOf(workFile(entries));
    await page.locator("[data-load-work]").setInputFiles(file);
    await expect
      .poll(() => message(page), { timeout: 5000 })
      .toMatch(/^That file was not loaded: it holds 55,001 entries/);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    rmSync(file);
    await context.close();
  });

  it("is taken only for exercises the book has; the others are named and left out", async () => {
    const context = await chromium().newContext();
    const page = await home(context);
    const file = fileOf(
      workFile({
        "descent:exercise:ch3-largest-step": solved,
        "descent:exercise:no-such-exercise": solved,
        "descent:code:ch2-gd-vs-flow": edit("// mine"),
      }),
    );
    await page.locator("[data-load-work]").setInputFiles(file);
    await expect
      .poll(() => message(page), { timeout: 5000 })
      .toMatch(/^Loaded 1 edited blocks? and the progress of 1 exercises?\. .*no-such-exercise.*left out/);
    expect(Object.keys(await everything(page)).sort()).toEqual([
      "descent:code:ch2-gd-vs-flow",
      "descent:exercise:ch3-largest-step",
    ]);
    rmSync(file);
    await context.close();
  });
});
