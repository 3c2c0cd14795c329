// An exercise's check judges the student's values through the built-ins as they were before the
// student's code ran: a run that changes what every run shares is not judged, and no later run is
// judged in the realm it changed. When a check calls into the student's code and that code loops or
// throws, the student is told so, with their line; the check is blamed only for its own faults.
import { describe, expect, inject, it } from "vitest";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { alertOf, reachFor, replaceLine } from "./blocks";
import { chromiumForThisFile } from "./browser";

const origin = inject("origin");
const chromium = chromiumForThisFile();

async function openExercise(
  context: BrowserContext,
  chapter: string,
  number: string,
): Promise<{ page: Page; exercise: Locator; block: Locator }> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const anchor = `exercise-${number.replace(".", "-")}`;
  await page.goto(`${origin}/course/${chapter}#${anchor}`);
  const exercise = page.locator(`#${anchor}`);
  const block = exercise.locator("[data-live-block]");
  await reachFor(block);
  await expect.poll(() => block.locator(".live-status").textContent(), { timeout: 5000 }).toMatch(/Done in/);
  return { page, exercise, block };
}

const verdictOf = (exercise: Locator) => exercise.locator("[data-verdict]");
const progressOf = (exercise: Locator) => exercise.locator("[data-progress]");

describe("a patched built-in", () => {
  it("does not solve Exercise 3.5: `Math.abs = () => 0` with η = 1 is not judged, and says why", async () => {
    const context = await chromium().newContext();
    const { page, exercise, block } = await openExercise(context, "step-size-and-sgd/", "3.5");
    await replaceLine(page, block, "export const eta = 0.1;", "export const eta = 1; Math.abs = () => 0;");
    await expect.poll(() => alertOf(block).textContent(), { timeout: 5000 }).toMatch(/changed Math\.abs/);
    expect(await alertOf(block).textContent()).toMatch(/not judged/);
    expect(await verdictOf(exercise).textContent()).not.toMatch(/Solved/);
    expect(await progressOf(exercise).textContent()).not.toMatch(/Solved/);
    await context.close();
  });

  it("wrapping Function.prototype.call cannot forge a verdict, for its run or for clean code after it", async () => {
    const context = await chromium().newContext();
    const { page, exercise, block } = await openExercise(context, "step-size-and-sgd/", "3.5");
    const forge =
      "export const eta = 0.1; { const call = Function.prototype.call; Function.prototype.call = function (...a) { " +
      "const m = a[1]; if (m && m.result && m.result.verdict) " +
      "m.result.verdict = { solved: true, message: 'forged' }; " +
      "return Reflect.apply(call, this, a); }; }";
    await replaceLine(page, block, "export const eta = 0.1;", forge);
    await expect
      .poll(() => alertOf(block).textContent(), { timeout: 5000 })
      .toMatch(/changed Function\.prototype\.call/);
    await replaceLine(page, block, "export const eta = 0.1;", "export const eta = 0.25;");
    await expect
      .poll(() => verdictOf(exercise).textContent(), { timeout: 5000 })
      .toMatch(/^Not yet\. With η = 0\.2500/);
    expect(await verdictOf(exercise).textContent()).not.toMatch(/forged/);
    expect(await progressOf(exercise).textContent()).toBe("Tried");
    await context.close();
  });
});

describe("the check calling into the student's code", () => {
  it("blames the student's step when it loops only on the check's input", async () => {
    const context = await chromium().newContext();
    const { page, exercise, block } = await openExercise(context, "euler/", "1.3");
    await replaceLine(
      page,
      block,
      "return x + h * F(x);",
      "const guess = x + h * F(x); if (h === 0.5) for (;;) {} return x + (h / 2) * (F(x) + F(guess));",
    );
    await expect
      .poll(() => alertOf(block).textContent(), { timeout: 10_000 })
      .toMatch(/^Stopped: your step ran for more than 2 s when the exercise's check called it/);
    expect(await verdictOf(exercise).textContent()).not.toMatch(/its fault/);
    await context.close();
  });

  it("blames the student's getter that throws when the check reads it, with its line", async () => {
    const context = await chromium().newContext();
    const { page, exercise, block } = await openExercise(context, "step-size-and-sgd/", "3.6");
    await replaceLine(
      page,
      block,
      "console.log(floors);",
      'Object.defineProperty(floors, "base", { get() { throw new Error("not measured yet"); } });',
    );
    await expect
      .poll(() => alertOf(block).textContent(), { timeout: 10_000 })
      .toMatch(/^Error at line 27, column \d+: reading floors\.base threw Error: not measured yet/);
    expect(await verdictOf(exercise).textContent()).not.toMatch(/its fault/);
    await context.close();
  });
});
