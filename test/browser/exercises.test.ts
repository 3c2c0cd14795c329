// Exercises as a student meets them, in the built site under /course/: solving one by editing code,
// a wrong answer's message, a check that breaks (its fault, said so), hints and the worked solution
// in order, a predict exercise by keyboard alone, progress kept across reloads, work saved to a file
// and loaded back (a damaged file refused), and axe-core on exercises with their verdicts shown.
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { STORAGE } from "../../src/lib/names";
import { audit } from "./axe";
import { commitAnswer, editorText, reachFor, replaceLine } from "./blocks";
import { anchors } from "../../src/lib/anchors";
import { chromiumForThisFile, record } from "./browser";

const origin = inject("origin");
const BASE = "/course/";
const STEP_SIZE = `${origin}${BASE}step-size-and-sgd/`;

const chromium = chromiumForThisFile();

/** Opens a chapter at an exercise; returns the exercise's section and its live block. */
async function openExercise(
  opener: BrowserContext,
  chapter: string,
  number: string,
): Promise<{ page: Page; exercise: Locator; block: Locator }> {
  const page = await opener.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const anchor = anchors.exercise(number);
  await page.goto(`${origin}${BASE}${chapter}#${anchor}`);
  const exercise = page.locator(`#${anchor}`);
  return { page, exercise, block: exercise.locator("[data-live-block]") };
}

const verdictOf = (exercise: Locator) => exercise.locator("[data-verdict]");
const progressOf = (exercise: Locator) => exercise.locator("[data-progress]");
const sidebarProgress = (page: Page, slug: string) =>
  page.locator(`.chapter-sidebar li:has(a[href$="/${slug}/"]) .chapter-progress`);

describe("a compute exercise", () => {
  it("is solved by editing code: 'Solved' in a status region, progress in the sidebar, kept on reloads", async () => {
    const context = await chromium().newContext();
    const { page, exercise, block } = await openExercise(context, "step-size-and-sgd/", "3.3");
    const log = record(page);
    expect(await progressOf(exercise).textContent()).toBe("Not tried");
    expect(await sidebarProgress(page, "step-size-and-sgd").textContent()).toBe("0 of 6 solved");
    await reachFor(block);
    // The starter's own run says nothing of the student: no verdict, no hint opened.
    await expect.poll(() => block.locator(".live-status").textContent()).toMatch(/Done in/);
    expect(await verdictOf(exercise).textContent()).toBe("");
    expect(await exercise.locator(".exercise-hint[open]").count()).toBe(0);

    await replaceLine(page, block, "export const eta = 0.1;", "export const eta = 0.195;");
    const verdict = verdictOf(exercise);
    await expect.poll(() => verdict.textContent()).toMatch(/^Solved\./);
    expect(await verdict.getAttribute("role")).toBe("status");
    expect(await verdict.textContent()).toMatch(/2\/λmax = 2\/10/);
    expect(await progressOf(exercise).textContent()).toBe("Solved");
    await expect.poll(() => sidebarProgress(page, "step-size-and-sgd").textContent()).toBe("1 of 6 solved");

    await page.reload();
    expect(await progressOf(page.locator("#exercise-3-3")).textContent()).toBe("Solved");
    expect(await sidebarProgress(page, "step-size-and-sgd").textContent()).toBe("1 of 6 solved");
    // The home page says the same.
    await page.goto(`${origin}${BASE}`);
    await expect
      .poll(() => page.locator(`.home-chapters li:has(a[href$="/step-size-and-sgd/"]) [data-exercises]`).textContent())
      .toBe("1 of 6 solved");
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it("answers a wrong step size with what is wrong and opens the hint that fits", async () => {
    const context = await chromium().newContext();
    const { page, exercise, block } = await openExercise(context, "step-size-and-sgd/", "3.3");
    await reachFor(block);
    await replaceLine(page, block, "export const eta = 0.1;", "export const eta = 0.25;");
    const verdict = verdictOf(exercise);
    await expect.poll(() => verdict.textContent()).toMatch(/^Not yet\./);
    const text = (await verdict.textContent())!;
    // Specific: the step, why it fails, and the limit, never a bare "wrong".
    expect(text).toMatch(/η = 0\.25 diverges/);
    expect(text).toMatch(/largest eigenvalue is 10, so η must stay below 0\.2/);
    expect(text).toMatch(/Hint 2 is opened for you/);
    const hints = exercise.locator(".exercise-hint");
    expect(await hints.nth(1).getAttribute("open")).not.toBeNull();
    expect(await progressOf(exercise).textContent()).toBe("Tried");
    await context.close();
  });

  it("reports a check that throws, or runs too long, as the check's fault, not the student's", async () => {
    for (const [check, said] of [
      [
        "export default () => { throw new Error('the check broke'); }",
        /its fault, not your code's\): Error: the check broke/,
      ],
      ["export default () => { for (;;) {} }", /its fault, not your code's\): the exercise's check ran for more than/],
    ] as const) {
      const context = await chromium().newContext();
      const { page, exercise, block } = await openExercise(context, "step-size-and-sgd/", "3.3");
      // An instructor's broken check, put in place of the book's before the block comes alive.
      await block.evaluate((el, source) => {
        const data = el.querySelector("script[data-book]")!;
        data.textContent = JSON.stringify({ ...JSON.parse(data.textContent!), check: source });
      }, check);
      await reachFor(block);
      await replaceLine(page, block, "export const eta = 0.1;", "export const eta = 0.15;");
      await expect.poll(() => verdictOf(exercise).textContent(), { timeout: 15_000 }).toMatch(said);
      expect(await progressOf(exercise).textContent()).toBe("Not tried"); // nothing counted against them
      // The page stays responsive and the student's next edit runs.
      await replaceLine(page, block, "export const eta = 0.15;", "export const eta = 0.16;");
      await expect.poll(() => editorText(block)).toContain("0.16");
      await context.close();
    }
  });

  it("reveals hints one at a time, then the worked solution, whose code loads as one undo step", async () => {
    const context = await chromium().newContext();
    const { page, exercise, block } = await openExercise(context, "euler/", "1.3");
    const hints = exercise.locator(".exercise-hint");
    expect(await hints.count()).toBe(2);
    expect(await hints.nth(0).isVisible()).toBe(true);
    expect(await hints.nth(1).isVisible()).toBe(false); // shown once the first is open
    await hints.nth(0).locator("summary").click();
    expect(await hints.nth(1).isVisible()).toBe(true);
    await hints.nth(1).locator("summary").click();
    expect(await hints.nth(1).locator(".exercise-hint-body").textContent()).toMatch(/Taylor series/);

    const solution = exercise.locator(".exercise-solution");
    await solution.locator("summary").click();
    await expect.poll(() => progressOf(exercise).textContent()).toBe("Solution seen");
    await solution.getByRole("button", { name: "Load this code into the editor" }).click();
    await expect.poll(() => editorText(block)).toContain("const guess = x + h * F(x);");
    await expect.poll(() => verdictOf(exercise).textContent()).toMatch(/^Solved\./);
    expect(await progressOf(exercise).textContent()).toBe("Solved (solution seen)");
    // One undo takes the loaded solution back to what was there.
    await block.locator(".cm-content").click();
    await page.keyboard.press("Control+z");
    await expect.poll(() => editorText(block)).toContain("return x + h * F(x);");
    expect(await editorText(block)).not.toContain("const guess");
    await context.close();
  });
});

describe("a predict exercise", () => {
  it("is answered by keyboard alone: commit, see the run and a specific verdict, then the right answer", async () => {
    const context = await chromium().newContext();
    const { page, exercise, block } = await openExercise(context, "euler/", "1.2");
    expect(await block.isVisible()).toBe(false); // the run waits for the answer
    // Tab to the first choice, move with the arrows, commit with Enter.
    await exercise.locator("input[type=radio]").first().focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown"); // "run off to infinity"
    await page.keyboard.press("Enter");
    const verdict = verdictOf(exercise);
    await expect.poll(() => verdict.textContent()).toMatch(/^Not yet\. You predicted that they run off to infinity/);
    expect(await verdict.textContent()).toMatch(/The run: 0\.100, 0\.235, 0\.505/);
    expect(await block.isVisible()).toBe(true);
    await exercise.locator("input[type=radio]").nth(3).focus();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp"); // "overshoot 1, then settle"
    await page.keyboard.press("Enter");
    await expect.poll(() => verdict.textContent()).toMatch(/^Solved\. Right: near x = 1 one step multiplies/);
    expect(await progressOf(exercise).textContent()).toBe("Solved");
    await context.close();
  });

  it("takes a number, checked against the closed form", async () => {
    const context = await chromium().newContext();
    const { exercise } = await openExercise(context, "step-size-and-sgd/", "3.2");
    await commitAnswer(exercise, { value: "40" });
    await expect.poll(() => verdictOf(exercise).textContent()).toMatch(/^Not yet\. Not 40\. Fewer/);
    await commitAnswer(exercise, { value: "62" });
    await expect.poll(() => verdictOf(exercise).textContent()).toMatch(/^Solved\. Right: .* from k = 62 on/);
    await context.close();
  });
});

describe("a derive exercise", () => {
  it("is marked solved by the student, and says so", async () => {
    const context = await chromium().newContext();
    const { page, exercise } = await openExercise(context, "modified-loss/", "2.1");
    await exercise.getByRole("button", { name: "I worked it out" }).click();
    expect(await verdictOf(exercise).textContent()).toMatch(/^Solved: you worked it out/);
    expect(await progressOf(exercise).textContent()).toBe("Solved");
    await expect.poll(() => sidebarProgress(page, "modified-loss").textContent()).toBe("1 of 4 solved");
    await context.close();
  });
});

describe("the student's work", () => {
  it("is saved to a file, cleared, loaded in another browser; a damaged file changes nothing", async () => {
    const first = await chromium().newContext();
    const { page, exercise, block } = await openExercise(first, "step-size-and-sgd/", "3.3");
    await reachFor(block);
    await replaceLine(page, block, "export const eta = 0.1;", "export const eta = 0.199;");
    await expect.poll(() => progressOf(exercise).textContent()).toBe("Solved");
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), `${STORAGE.codePrefix}ch3-largest-step`))
      .toBeTruthy();

    await page.goto(`${origin}${BASE}#your-work`);
    const work = page.locator("[data-your-work]");
    const download = page.waitForEvent("download");
    await work.getByRole("button", { name: "Save my work to a file" }).click();
    const file = join(tmpdir(), `descent-work-${Date.now()}.json`);
    await (await download).saveAs(file);
    const saved = JSON.parse(readFileSync(file, "utf8"));
    expect(saved.format).toBe("descent-work");
    expect(Object.keys(saved.entries)).toContain(`${STORAGE.exercisePrefix}ch3-largest-step`);
    expect(await work.locator("[data-work-message]").textContent()).toMatch(/^Saved \d+ entries/);

    // Clearing asks first, then forgets the progress (the edited code stays).
    page.once("dialog", (dialog) => void dialog.accept());
    await work.getByRole("button", { name: "Clear my exercise progress" }).click();
    await expect
      .poll(() => page.locator(`.home-chapters li:has(a[href$="/step-size-and-sgd/"]) [data-exercises]`).textContent())
      .toBe("0 of 6 solved");
    await first.close();

    // Another browser: a damaged file first, then the saved one.
    const second = await chromium().newContext();
    const home = await second.newPage();
    await home.goto(`${origin}${BASE}#your-work`);
    const load = home.locator("[data-load-work]");
    const damaged = join(tmpdir(), `descent-damaged-${Date.now()}.json`);
    writeFileSync(damaged, JSON.stringify({ ...saved, entries: { "descent:code:x": "{not json" } }));
    await load.setInputFiles(damaged);
    await expect
      .poll(() => home.locator("[data-work-message]").textContent())
      .toMatch(/^That file was not loaded: it is damaged/);
    expect(await home.evaluate(() => localStorage.length)).toBe(0);
    const notOurs = join(tmpdir(), `not-descent-${Date.now()}.json`);
    writeFileSync(notOurs, "hello");
    await load.setInputFiles(notOurs);
    await expect.poll(() => home.locator("[data-work-message]").textContent()).toMatch(/not a Descent work file/);

    await load.setInputFiles(file);
    await expect
      .poll(() => home.locator("[data-work-message]").textContent())
      .toMatch(/^Loaded 1 edited blocks? and the progress of \d+ exercises/);
    await home.goto(`${STEP_SIZE}#exercise-3-3`);
    expect(await home.locator("#exercise-3-3 [data-progress]").textContent()).toBe("Solved");
    const restored = home.locator("#exercise-3-3 [data-live-block]");
    await reachFor(restored);
    expect(await editorText(restored)).toContain("export const eta = 0.199;");
    await second.close();
  });
});

describe("exercises and axe-core", () => {
  for (const scheme of ["light", "dark"] as const) {
    it(`find no violation with verdicts, hints and solutions shown (${scheme})`, async () => {
      const context = await chromium().newContext({ colorScheme: scheme });
      const { page, exercise, block } = await openExercise(context, "step-size-and-sgd/", "3.3");
      await reachFor(block);
      await replaceLine(page, block, "export const eta = 0.1;", "export const eta = 0.25;");
      await expect.poll(() => verdictOf(exercise).textContent()).toMatch(/^Not yet\./);
      for (const details of await exercise.locator("details").all())
        await details.evaluate((d) => d.setAttribute("open", ""));
      const predict = page.locator("#exercise-3-1");
      await commitAnswer(predict, { choice: 2 }); // the 2-cycle of the deep valley
      await expect.poll(() => verdictOf(predict).textContent()).toMatch(/^Solved\./);
      await page.locator("#exercise-3-4").getByRole("button", { name: "I worked it out" }).click();
      expect(await audit(page)).toEqual([]);
      await context.close();
    });
  }
});
