// The math as a reader gets it: MathML that says what the book says, drawn by the browser in the
// site's math font, whose MATH table stretches brackets and braces to what they hold.
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { chromiumForThisFile } from "./browser";
import { CHAPTER_PAGES as CHAPTERS } from "./pages";

const origin = inject("origin");
const BASE = "/course/";
const chromium = chromiumForThisFile();

/**
 * Every formula of the page as a line that keeps its structure: a fraction as (a)/(b), scripts as
 * x^(2) and x_(0) (a limit's too), a root as √(x); spaces and the invisible function sign left out.
 * A formula in the line comes in pieces (a <math> a piece, where a line may break): pieces side by
 * side are one formula.
 */
function formulas(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const read = (node: Element): string => {
      const [a, b, c] = [...node.children].map(read);
      switch (node.localName) {
        case "mfrac":
          return `(${a})/(${b})`;
        case "msup":
        case "mover":
          return `${a}^(${b})`;
        case "msub":
        case "munder":
          return `${a}_(${b})`;
        case "msubsup":
        case "munderover":
          return `${a}_(${b})^(${c})`;
        case "msqrt":
          return `√(${[...node.children].map(read).join("")})`;
        default:
          return node.children.length
            ? [...node.children].map(read).join("")
            : (node.textContent ?? "").replace(/[\s\u2061]/g, "");
      }
    };
    const starts = [...document.querySelectorAll("main math")].filter((m) => m.previousSibling?.nodeName !== "math");
    return starts.map((math) => {
      let line = read(math);
      for (let next = math.nextSibling; next?.nodeName === "math"; next = next.nextSibling)
        line += read(next as Element);
      return line;
    });
  });
}

async function chapterFormulas(chapter: string): Promise<string> {
  const page = await chromium().newPage();
  await page.goto(`${origin}${BASE}${chapter}`);
  const all = (await formulas(page)).join("\n");
  await page.close();
  return all;
}

describe("the book's formulas, as MathML", () => {
  // Each expected line is the formula of the source document, written out by hand in the reading above.
  it("hold chapter 2's key results: L_η = L + (η/4)‖∇L‖², ∇R(θ₀) = ½Hg, e^{−λη} to second order", async () => {
    const all = await chapterFormulas("modified-loss/");
    expect(all).toContain("L_(η)(θ)=L(θ)+(η)/(4)∥∇L(θ)∥^(2)+O(η^(2))");
    expect(all).toContain("∇R(θ_(0))=(1)/(2)Hg");
    expect(all).toContain("e^(−λη)=1−λη+(λ^(2)η^(2))/(2)+O(η^(3))");
    expect(all).toContain("R(θ)=(1)/(4)∥∇L(θ)∥^(2)");
  });

  it("hold chapter 1's identity, its steepest-descent expansion and its stability limit", async () => {
    const one = await chapterFormulas("euler/");
    expect(one).toContain("θ_(t+η)=θ_(t)−η∇L(θ_(t))");
    expect(one).toContain("lim_(p→0)");
    // The steepest-descent expansion and the stability limit, said once, in chapter 1.
    expect(one).toContain("ΔL=−η∇L(θ_(k))^(T)v+O(η^(2))");
    expect(one).toContain("0<η<(2)/(λ)");
  });
});

describe("the math font", () => {
  /** A page of the chapter after the reader's first page: the math font, "optional", is in the cache. */
  async function warmPage(chapter: string, width: number): Promise<Page> {
    const page = await chromium().newPage({ viewport: { width, height: 900 } });
    await page.goto(`${origin}${BASE}`);
    await page.evaluate(() => document.fonts.load('16px "STIX Two Math"'));
    await page.goto(`${origin}${BASE}${chapter}`, { waitUntil: "networkidle" });
    return page;
  }

  it("draws every character of every formula: none falls back to another font", async () => {
    for (const chapter of CHAPTERS) {
      const page = await warmPage(chapter, 1280);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("DOM.enable");
      await cdp.send("CSS.enable");
      const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
      // Each token of a formula (identifier, number, operator, text), and each equation's number.
      const { nodeIds } = await cdp.send("DOM.querySelectorAll", {
        nodeId: root.nodeId,
        selector: "main :is(mi, mn, mo, mtext), .equation-number",
      });
      expect(nodeIds.length, chapter).toBeGreaterThan(500);
      const others = new Map<string, number>();
      for (const nodeId of nodeIds) {
        const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
        for (const font of fonts.filter((f) => f.familyName !== "STIX Two Math" || !f.isCustomFont)) {
          others.set(font.familyName, (others.get(font.familyName) ?? 0) + font.glyphCount);
        }
      }
      expect(Object.fromEntries(others), chapter).toEqual({});
      await page.close();
    }
  });

  it("stretches a bracket around a fraction with its MATH table", async () => {
    const page = await warmPage("modified-loss/", 1280);
    const height = await page.evaluate(() => {
      // (2.8): θ_flow = (1 − λη + λ²η²/2 + O(η³)) θ₀, its brackets \left( … \right).
      const bracket = document.querySelector("#eq-2-8 mo[fence='true']")!;
      return bracket.getBoundingClientRect().height / parseFloat(getComputedStyle(bracket).fontSize);
    });
    // A bracket drawn at its one size is about 1.2 em tall; around a fraction, from the table's variants, over 2.
    expect(height).toBeGreaterThan(2);
    await page.close();
  });
});
