// Student code is untrusted input, and so is whatever comes back from the worker that runs it:
// nothing a snippet does may freeze the page, stick to it across reloads, reach the network, spoil
// the next run, or lose an edit without a word.
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { BrowserContext, Locator, Page } from "playwright-core";
import {
  alertOf,
  answersWithin,
  chartPixels,
  chartState,
  editorText,
  openBlock,
  reachFor,
  redrawn,
  replaceCode,
  replaceLine,
  statusOf,
} from "./blocks";
import { chromiumForThisFile, record } from "./browser";

const origin = inject("origin");
const CHAPTER = `${origin}/course/modified-loss/`;
const BLOCK = "#figure-ch2-gd-vs-flow";
const chromium = chromiumForThisFile();

/** Another origin on this machine, counting every request that reaches it. */
let elsewhere: { server: Server; url: string; hits: string[] };
beforeAll(async () => {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? "");
    res.writeHead(200, { "access-control-allow-origin": "*", "content-type": "text/javascript" });
    res.end("export default 1;");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as { port: number };
  elsewhere = { server, url: `http://127.0.0.1:${address.port}`, hits };
});
afterAll(() => new Promise<void>((resolve) => elsewhere.server.close(() => resolve())));

const IMPORTS = 'import { figure, panel, line } from "@descent/numerics";';
/** A valid snippet drawing one line through (0, 0), (1, a), (2, b). */
const drawing = (a: number, b: number, before = "") =>
  `${IMPORTS}\n${before}\n` +
  `export default figure({ panels: [panel({ x: "t", y: "v", series: [line("v", [0, 1, 2], [0, ${a}, ${b}])] })] });\n`;

async function openChapter() {
  const { page, block } = await openBlock(chromium(), CHAPTER, BLOCK);
  return { page, block, log: record(page) };
}

/** Types a valid edit after a bad one and checks it is drawn, judged on its own. */
async function nextEditIsDrawn(page: Page, block: Locator) {
  const before = await chartPixels(block);
  await replaceCode(page, block, drawing(2, 5));
  // The chart's text alternative follows the figure that was drawn.
  await expect
    .poll(() => block.locator(".live-chart .panel-plot").first().getAttribute("aria-label"), { timeout: 5000 })
    .toMatch(/to \(2, 5\)/);
  await redrawn(block);
  expect(await alertOf(block).textContent()).toBe("");
  expect((await chartPixels(block)).equals(before)).toBe(false);
}

describe("a value near the top of the doubles", () => {
  it("gets a message and keeps the last chart; the page answers throughout and after a reload", async () => {
    const { page, block } = await openChapter();
    const before = await chartState(block);
    await replaceCode(page, block, drawing(1, 1.7e308));
    await expect
      .poll(() => alertOf(block).textContent())
      .toMatch(/Cannot draw this: the y values reach 1\.7e\+308, too large to draw/);
    for (let i = 0; i < 5; i++) {
      expect(await answersWithin(page, 1000)).toBeLessThan(1000);
      await page.waitForTimeout(200);
    }
    expect(await chartState(block)).toEqual(before); // not drawn again: the last chart stays
    await replaceCode(page, block, drawing(1e308, -1e308));
    await expect.poll(() => alertOf(block).textContent()).toMatch(/too large to draw/);
    await page.waitForTimeout(500); // the edit is saved after a pause
    await page.reload();
    await reachFor(block);
    await expect.poll(() => alertOf(block).textContent()).toMatch(/too large to draw/);
    expect(await answersWithin(page, 1000)).toBeLessThan(1000);
    await page.close();
  });

  it("on the logistic block with F(x) = x and T = 2000, the run the issue found", async () => {
    const { page, block } = await openBlock(chromium(), `${origin}/course/euler/`, "#figure-ch1-euler-vs-exact");
    await replaceLine(page, block, "const F = ", "const F = (x: number) => x;");
    await replaceLine(page, block, "const T = ", "const T = 2000;");
    await expect.poll(() => alertOf(block).textContent(), { timeout: 5000 }).toMatch(/too large to draw/);
    expect(await answersWithin(page, 1000)).toBeLessThan(1000);
    await page.close();
  });
});

describe("a saved edit that stopped the page last time", () => {
  it("is not run again by itself: the book's figure, a message, 'Run it anyway' and Reset", async () => {
    const context = await chromium().newContext();
    // What a page that froze while drawing the saved edit leaves behind: the edit, and the mark.
    await context.addInitScript(
      (code) => {
        if (sessionStorage.getItem("seeded")) return;
        sessionStorage.setItem("seeded", "1");
        const book = "descent:code:ch2-gd-vs-flow";
        localStorage.setItem(book, JSON.stringify({ v: 1, book: "00000000", code }));
        localStorage.setItem("descent:running:ch2-gd-vs-flow", "1");
      },
      drawing(3, 4, "// my saved version"),
    );
    const page = await context.newPage();
    await page.goto(CHAPTER);
    const block = page.locator(BLOCK);
    await reachFor(block);
    await expect
      .poll(() => block.locator(".live-notice").first().textContent())
      .toMatch(/stopped the page the last time it ran/);
    expect(await editorText(block)).toContain("// my saved version");
    // The chart is the book's figure (the book's code runs), not the saved edit's.
    await expect
      .poll(() => block.locator(".live-chart .panel-plot").last().getAttribute("aria-label"))
      .toMatch(/gradient flow/);
    expect(await block.locator(".live-chart .panel-plot").first().getAttribute("aria-label")).not.toMatch(
      /^v against t/,
    );
    await block.getByRole("button", { name: "Run it anyway" }).click();
    await redrawn(block);
    // Drawn: the mark is gone, so the next visit runs the edit by itself.
    await expect.poll(() => page.evaluate(() => localStorage.getItem("descent:running:ch2-gd-vs-flow"))).toBeNull();
    await page.reload();
    await reachFor(block);
    await redrawn(block);
    expect(await block.locator(".live-notice", { hasText: "stopped the page" }).count()).toBe(0);
    await block.getByRole("button", { name: "Reset", exact: true }).click();
    await expect.poll(() => editorText(block)).toContain("const eta = 0.5;");
    await context.close();
  });
});

describe("a block whose figure fails to draw", () => {
  // A browser that refuses canvases (a privacy setting, say): chart.js cannot draw, whether the page's
  // painter draws the chart in its worker or, where a canvas cannot be handed to a worker, the page does.
  const refusals = {
    "in the painter's worker": async (context: BrowserContext) => {
      await context.addInitScript(() => {
        HTMLCanvasElement.prototype.getContext = () => {
          throw new Error("canvas is blocked");
        };
      });
      await context.route(/painter\.worker-[^/]*\.js$/, async (route) => {
        const script = await (await route.fetch()).text();
        const refuse = 'OffscreenCanvas.prototype.getContext = () => { throw new Error("canvas is blocked"); };\n';
        await route.fulfill({ contentType: "text/javascript", body: refuse + script });
      });
    },
    "on the page, where a canvas cannot be handed to a worker": async (context: BrowserContext) => {
      await context.addInitScript(() => {
        HTMLCanvasElement.prototype.getContext = () => {
          throw new Error("canvas is blocked");
        };
        HTMLCanvasElement.prototype.transferControlToOffscreen = () => {
          throw new Error("no offscreen canvases here");
        };
      });
    },
  };
  for (const [where, refuse] of Object.entries(refusals)) {
    const claim = "shows the book's figure in its place with what happened, and keeps the editor and the code";
    it(`${claim} (drawn ${where})`, async () => {
      const context = await chromium().newContext();
      await refuse(context);
      const page = await context.newPage();
      const log = record(page);
      await page.goto(CHAPTER);
      const block = page.locator(BLOCK);
      await reachFor(block);
      await expect
        .poll(() => block.locator("[data-slot='figure'] .live-notice").textContent(), { timeout: 15_000 })
        .toMatch(/could not be drawn \(canvas is blocked\)/);
      expect(await block.locator(".figure-static svg").first().isVisible()).toBe(true);
      // Only the figure fell back: the editor, with the code, is there to edit.
      expect(await block.locator(".live-crashed").count()).toBe(0);
      expect(await editorText(block)).toContain("const eta = 0.5;");
      await replaceLine(page, block, "const eta = 0.5", "const eta = 0.6;");
      await expect.poll(() => editorText(block)).toContain("const eta = 0.6;");
      expect(log.errors.filter((e) => !/canvas is blocked/.test(e))).toEqual([]);
      await context.close();
    });
  }
});

describe("what comes back from the worker", () => {
  it("is checked: a snippet cannot post a figure, or anything, on the runner's channel", async () => {
    const { page, block } = await openChapter();
    const forged =
      `{ id: 2, result: { ok: true, figure: { type: "figure", panels: null }, notes: [], ` +
      `console: { lines: [], dropped: 0 }, ms: 1 } }`;
    await replaceCode(page, block, drawing(1, 2, `postMessage(${forged});`));
    await expect
      .poll(() => alertOf(block).textContent())
      .toMatch(/cannot reach the worker that runs it \(postMessage\)/);
    // Past the stand-in, to the worker's real global: code cannot be made from text to get there, and
    // the real global's own postMessage is a stand-in too (the main thread does not listen there anyway).
    await replaceCode(page, block, drawing(1, 2, `Function("return this")().postMessage(${forged});`));
    await expect.poll(() => alertOf(block).textContent()).toMatch(/cannot make code from text \(Function\)/);
    expect(await block.locator(".live-block").count()).toBe(1);
    await nextEditIsDrawn(page, block);
    await page.close();
  });
});

describe("one run's leftovers", () => {
  const leftovers: [string, string, RegExp | undefined][] = [
    ["close()", "close();", /cannot reach the worker that runs it \(close\)/],
    ["self.onmessage = null", "self.onmessage = null;", /cannot change the global scope/],
    ["an endless loop in a timer", "setTimeout(() => { while (true) {} }, 50);", /setTimeout is not available/],
    ["a late throw", 'setTimeout(() => { throw new Error("late"); }, 1500);', /setTimeout is not available/],
    ["close() on the real global", 'Function("return this")().close();', undefined],
    [
      "an endless loop in a real timer",
      'Function("return this")().setTimeout(() => { while (true) {} }, 50);',
      undefined,
    ],
    [
      "a late throw from a real timer",
      'Function("return this")().setTimeout(() => { throw new Error("late"); }, 300);',
      undefined,
    ],
    ["a patched built-in", "Array.prototype.map = () => []; Array.from = () => [];", undefined],
    [
      "a promise that fails later",
      'Promise.resolve().then(() => Promise.reject(new Error("later")));',
      /Error at line 2, column \d+: Error: later \(in a promise, after the code finished\)/,
    ],
  ];
  for (const [what, code, message] of leftovers) {
    it(`do not spoil the next: ${what}`, async () => {
      const { page, block } = await openChapter();
      await replaceCode(page, block, drawing(1, 2, code));
      if (message) await expect.poll(() => alertOf(block).textContent()).toMatch(message);
      else await expect.poll(() => statusOf(block).textContent()).toMatch(/Done in|The figure shows/);
      await page.waitForTimeout(600); // time for whatever was left behind to fire
      await nextEditIsDrawn(page, block);
      await page.waitForTimeout(1800); // and nothing replaces its "Done" later
      expect(await statusOf(block).textContent()).toMatch(/Done in/);
      expect(await alertOf(block).textContent()).toBe("");
      expect(await answersWithin(page, 1000)).toBeLessThan(1000);
      await page.close();
    });
  }
});

describe("the network", () => {
  it("is out of reach of figure code: a message for the usual calls, and nothing leaves by other ways", async () => {
    const { page, block, log } = await openChapter();
    const target = `${elsewhere.url}/from-snippet`;
    await replaceCode(page, block, drawing(1, 2, `fetch("${target}");`));
    await expect
      .poll(() => alertOf(block).textContent())
      .toMatch(/Error at line 2, column \d+: NotAvailable: the network is not available to figure code \(fetch\)/);
    const escapes = [
      `Function("return this")().fetch("${target}/fetch").catch(() => {});`,
      `Function("return import('${target}/import.js')")().catch(() => {});`,
      `try { new (Function("return this")().XMLHttpRequest)().open("GET", "${target}/xhr"); } catch {}`,
      `try { new (Function("return this")().WebSocket)("ws://127.0.0.1:1/ws"); } catch {}`,
      `try { new (Function("return this")().EventSource)("${target}/events"); } catch {}`,
    ];
    for (const escape of escapes) {
      await replaceCode(page, block, drawing(1, 2, escape));
      await expect.poll(() => statusOf(block).textContent()).toMatch(/Done in|The figure shows/);
    }
    await page.waitForTimeout(1000);
    expect(elsewhere.hits).toEqual([]);
    expect(log.foreign.filter((url) => url.startsWith(elsewhere.url) === false)).toEqual([]);
    await page.close();
  });
});

describe("saving", () => {
  it("says so when the browser refuses to save an edit, and keeps the edit on the page", async () => {
    const context = await chromium().newContext();
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith("descent:code:")) throw new DOMException("full", "QuotaExceededError");
        return setItem.call(this, key, value);
      };
    });
    const page = await context.newPage();
    await page.goto(CHAPTER);
    const block = page.locator(BLOCK);
    await reachFor(block);
    await replaceLine(page, block, "const eta = 0.5", "const eta = 0.7;");
    await expect
      .poll(() => block.locator(".live-not-saved").textContent())
      .toMatch(/could not be saved in this browser/);
    expect(await editorText(block)).toContain("const eta = 0.7;");
    await redrawn(block);
    await context.close();
  });

  it("saves after a pause in typing, not on every key, and once more when the page is left", async () => {
    const context = await chromium().newContext();
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      (window as unknown as { saves: number }).saves = 0;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith("descent:code:")) (window as unknown as { saves: number }).saves++;
        return setItem.call(this, key, value);
      };
    });
    const page = await context.newPage();
    await page.goto(CHAPTER);
    const block = page.locator(BLOCK);
    await reachFor(block);
    await replaceLine(page, block, "const steps = 10", "const steps = 12345678;"); // 23 keys
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => (window as unknown as { saves: number }).saves)).toBeLessThanOrEqual(2);
    await replaceLine(page, block, "const steps = ", "const steps = 9;");
    await page.reload(); // at once: the edit is saved on the way out
    await reachFor(block);
    await expect.poll(() => editorText(block)).toContain("const steps = 9;");
    await context.close();
  });

  it("follows the same block in another tab: the other tab offers the newer version", async () => {
    const context = await chromium().newContext();
    const [a, b] = [await context.newPage(), await context.newPage()];
    for (const page of [a, b]) await page.goto(CHAPTER);
    const [blockA, blockB] = [a.locator(BLOCK), b.locator(BLOCK)];
    // A reader works in the tab in front.
    await b.bringToFront();
    await reachFor(blockB);
    await a.bringToFront();
    await reachFor(blockA);
    await replaceLine(a, blockA, "const eta = 0.5", "const eta = 0.9;");
    await a.waitForTimeout(600);
    await b.bringToFront();
    await expect.poll(() => blockB.locator(".live-notice").textContent()).toMatch(/changed in another tab/);
    await blockB.getByRole("button", { name: "Load that version" }).click();
    await expect.poll(() => editorText(blockB)).toContain("const eta = 0.9;");
    await redrawn(blockB);
    await context.close();
  });
});

describe("a brace left open", () => {
  it("is pointed at where it opens, not at the end of the file", async () => {
    const { page, block } = await openChapter();
    await replaceCode(page, block, drawing(1, 2, "function step(x: number) {\n  if (x > 0) {\n    return x;\n}\n"));
    await expect
      .poll(() => alertOf(block).textContent())
      .toBe("Syntax error at line 2, column 26: this `{` is never closed");
    await page.close();
  });
});
