import { describe, expect, inject, it } from "vitest";
import type { Locator } from "playwright-core";
import { chartPixels, codeLine, editorText as code, literalBox, openBlock, redrawn, replaceCode } from "./blocks";
import { chromiumForThisFile } from "./browser";

const origin = inject("origin");
const CHAPTER = `${origin}/course/modified-loss/`;
const BLOCK = "#figure-ch2-gd-vs-flow";

const chromium = chromiumForThisFile();

const open = () => openBlock(chromium(), CHAPTER, BLOCK);

const etaLine = (block: Locator) => codeLine(block, "const eta =");
const chart = (block: Locator) => chartPixels(block, 1);

describe("scrubbing numbers", () => {
  it("Alt-drag over 0.5 changes the code and the chart, and one undo restores it", async () => {
    const { page, block } = await open();
    const before = await chart(block);
    const { x, y } = await literalBox(etaLine(block), "0.5");
    await page.mouse.move(x, y);
    await page.keyboard.down("Alt");
    await page.mouse.down();
    await page.mouse.move(x + 20, y, { steps: 5 });
    await page.mouse.move(x + 40, y, { steps: 5 }); // 40 px at 4 px a step: ten steps of 0.1
    await page.mouse.up();
    await page.keyboard.up("Alt");
    await expect.poll(() => code(block)).toContain("const eta = 1.5;");
    await redrawn(block);
    expect((await chart(block)).equals(before)).toBe(false);
    await block.locator(".cm-content").focus();
    await page.keyboard.press("Control+z");
    await expect.poll(() => code(block)).toContain("const eta = 0.5;");
    await page.keyboard.press("Control+z"); // nothing older to undo: the drag was one step
    expect(await code(block)).toContain("const eta = 0.5;");
    await page.close();
  });

  it("two drags of the same number are two undo steps, each restoring exactly what was there", async () => {
    const { page, block } = await open();
    const drag = async (literal: string, dx: number) => {
      const { x, y } = await literalBox(etaLine(block), literal);
      await page.mouse.move(x, y);
      await page.keyboard.down("Alt");
      await page.mouse.down();
      await page.mouse.move(x + dx / 2, y, { steps: 4 });
      // While dragging the code shows the value, and the chart follows it.
      await expect.poll(() => code(block)).not.toContain(`const eta = ${literal};`);
      await page.mouse.move(x + dx, y, { steps: 4 });
      await page.mouse.up();
      await page.keyboard.up("Alt");
    };
    await drag("0.5", 40); // to 1.5
    await expect.poll(() => code(block)).toContain("const eta = 1.5;");
    await drag("1.5", -20); // to 1.0
    await expect.poll(() => code(block)).toContain("const eta = 1.0;");
    await block.locator(".cm-content").focus();
    await page.keyboard.press("Control+z");
    await expect.poll(() => code(block)).toContain("const eta = 1.5;");
    await page.keyboard.press("Control+z");
    await expect.poll(() => code(block)).toContain("const eta = 0.5;");
    expect(await etaLine(block).textContent()).toMatch(/^const eta = 0\.5; \/\/ step size/);
    await redrawn(block);
    await page.close();
  });

  it("Alt+Up on a number steps it, Shift makes it coarser, and screen readers hear the value", async () => {
    const { page, block } = await open();
    const { x, y } = await literalBox(etaLine(block), "0.5");
    await page.mouse.click(x, y);
    await page.keyboard.press("Alt+ArrowUp");
    await expect.poll(() => code(block)).toContain("const eta = 0.6;");
    await expect.poll(() => block.locator(".cm-announced").textContent()).toContain("0.5 changed to 0.6");
    await page.keyboard.press("Shift+Alt+ArrowDown");
    await expect.poll(() => code(block)).toContain("const eta = -0.4;");
    await page.close();
  });

  it("moving a slider rewrites its literal and redraws; editing the literal moves the slider", async () => {
    const { page, block } = await open();
    const slider = block.locator("#ch2-gd-vs-flow-param-eta");
    expect(await slider.inputValue()).toBe("0.5");
    const before = await chart(block);
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
    await expect.poll(() => code(block)).toContain("const eta = 0.55;");
    await redrawn(block);
    expect((await chart(block)).equals(before)).toBe(false);
    await etaLine(block).click();
    await page.keyboard.press("End");
    await page.keyboard.press("Shift+Home");
    await page.keyboard.type("const eta = 1.25; // step size η, range 0.05 .. 1.9");
    await expect.poll(() => slider.inputValue()).toBe("1.25");
    expect(await block.locator(".live-parameter output").nth(1).textContent()).toBe("1.25");
    await page.close();
  });

  it("offers no sliders for a snippet without range comments", async () => {
    const { page, block } = await open();
    await replaceCode(
      page,
      block,
      'import { figure, panel, line } from "@descent/numerics";\n' +
        'export default figure({ panels: [panel({ x: "t", y: "y", series: [line("a", [0, 1], [0, 1])] })] });',
    );
    await redrawn(block);
    expect(await block.locator(".live-parameters").count()).toBe(0);
    await page.close();
  });
});
