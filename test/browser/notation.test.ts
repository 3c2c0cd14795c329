// One course, one notation, checked in the build: the TeX source that the build keeps beside every
// formula of a chapter (KaTeX's annotation, kept as the <math>'s `data-tex`) uses the course's letters for the
// quantities all three sources share (parameters θ, loss L, step size η, step index k, time t = kη),
// never a source's own; and the notation page lists every symbol with the sources' letters beside it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHAPTER_PAGES } from "./pages";

const DIST = join(import.meta.dirname, "../../dist");
const read = (path: string) => readFileSync(join(DIST, path), "utf8");
/** Every chapter of the book, as the book model lists them (a chapter added as a folder is checked too). */
const CHAPTERS = CHAPTER_PAGES.map((page) => page.replace(/\/$/, ""));
/** Chapter 1, whose general equations (ẋ = F(x), Euler's step h) come before the course narrows to a loss. */
const GENERAL_EQUATIONS = CHAPTERS[0];

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&");
/** The TeX source of every formula on a page. */
const formulas = (html: string) =>
  [...html.matchAll(/<math[^>]* data-tex="([^"]*)"/g)].map((m) => unescape(m[1]!).replace(/\s+/g, " "));

/** A formula's letters as symbols: words set in text (\text{flow}, \mathrm{GD}) and commands (\frac) taken out. */
const symbols = (tex: string) =>
  tex
    .replace(/\\(?:text|mathrm|operatorname|textrm|textit)\s*\{[^{}]*\}/g, " ")
    .replace(/\\[A-Za-z]+/g, " ")
    .replace(/\\./g, " ");
/** Whether `letter` stands alone in a formula (not inside a word or a command). */
const standsAlone = (tex: string, letter: string) =>
  new RegExp(`(?<![A-Za-z])${letter}(?![A-Za-z])`).test(symbols(tex));
/** Whether a formula speaks of the loss: its L or a gradient. */
const aboutTheLoss = (tex: string) => standsAlone(tex, "L") || /\\nabla/.test(tex);

/** Whether a formula defines `letter` as something other than the step size: `h = \sqrt\eta`, not `h = \eta`. */
const definesOwn = (tex: string, letter: string) => new RegExp(`^\\s*${letter}\\s*=\\s*(?!\\\\eta\\s*$)`).test(tex);

interface Forbidden {
  /** The shared quantity, and the source that writes it so. */
  what: string;
  /** Where the rule does not apply: the chapter of the general equations. */
  except?: string;
  /** Or any chapter whose formulas define the letter as a quantity of its own (chapter 4's h = √η). */
  unlessDefined?: string;
  /** Whether a formula breaks the rule. */
  breaks: (tex: string) => boolean;
}

const FORBIDDEN: Forbidden[] = [
  { what: "the loss as 𝓛 (chapter 2's source)", breaks: (tex) => /\\mathcal\s*\{?\s*L/.test(tex) },
  { what: "the loss as f (chapter 1's source)", breaks: (tex) => standsAlone(tex, "f") },
  { what: "the parameters as w (chapter 3's source)", breaks: (tex) => standsAlone(tex, "w") },
  {
    what: "the parameters as x (chapter 1's source), where the formula is about the loss",
    breaks: (tex) => standsAlone(tex, "x") && aboutTheLoss(tex),
  },
  {
    what: "x at all (only chapter 1 has general equations)",
    except: GENERAL_EQUATIONS,
    breaks: (tex) => standsAlone(tex, "x"),
  },
  { what: "a minimiser x⋆ or w⋆ (or w*)", breaks: (tex) => /(?<![A-Za-z])[xw]\s*\^\s*\{?\s*(\\star|\*)/.test(tex) },
  { what: "the step size as α (chapter 1's source)", breaks: (tex) => /\\alpha/.test(tex) },
  {
    what: "the step size as h, where the formula is about the loss",
    unlessDefined: "h",
    breaks: (tex) => standsAlone(tex, "h") && aboutTheLoss(tex),
  },
  {
    what: "h at all (Euler's step h belongs to chapter 1's general equations)",
    except: GENERAL_EQUATIONS,
    unlessDefined: "h",
    breaks: (tex) => standsAlone(tex, "h"),
  },
  { what: "the step index as t (every source: x_{t+1}, θ_{t+1}, w(t+1))", breaks: (tex) => /t\s*\+\s*1\b/.test(tex) },
  {
    what: "g as a function (the course's g is the gradient at a point; a general right-hand side is F)",
    breaks: (tex) => /(?<![A-Za-z])g\s*\(/.test(symbols(tex)),
  },
];

describe("the course's notation", () => {
  it("the rules catch each source's letters (checked on formulas written as the sources write them)", () => {
    const sources = [
      String.raw`x_{t+1} = x_t - \alpha * \nabla f(x_t)`,
      String.raw`\theta_{t+1} = \theta_t - \eta \nabla_{\theta} \mathcal{L}(\theta_t)`,
      String.raw`w(t+1) = w(t) + \eta v`,
      String.raw`L(w^\star)`,
      String.raw`x_{t+\alpha} = x_t + \alpha * g(x)`,
    ];
    for (const tex of sources)
      expect(
        FORBIDDEN.some((rule) => rule.breaks(tex)),
        tex,
      ).toBe(true);
    // …and pass the course's own.
    const course = [
      String.raw`\theta_{k+1} = \theta_k - \eta \nabla L(\theta_k)`,
      String.raw`\theta_{\mathrm{flow}} := \theta(\eta) \approx \theta_{\mathrm{GD}}`,
      String.raw`\underbrace{\frac{\eta}{4}\lambda^2\theta^2}_{\text{finite-step correction}}`,
      String.raw`L(\theta^\star)`,
    ];
    for (const tex of course)
      expect(
        FORBIDDEN.filter((rule) => rule.breaks(tex)).map((r) => r.what),
        tex,
      ).toEqual([]);
  });

  it("is the only one the chapters' math uses for the shared quantities", () => {
    const broken: string[] = [];
    for (const chapter of CHAPTERS) {
      const chapterFormulas = formulas(read(`${chapter}/index.html`));
      for (const tex of chapterFormulas) {
        for (const rule of FORBIDDEN) {
          if (rule.except === chapter) continue;
          if (rule.unlessDefined && chapterFormulas.some((f) => definesOwn(f, rule.unlessDefined!))) continue;
          if (rule.breaks(tex)) broken.push(`${chapter}: ${rule.what}: ${tex.slice(0, 120)}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("is listed on the notation page, with every symbol the chapters define and the sources' letters beside it", () => {
    const html = read("notation/index.html");
    const header = /<thead>([\s\S]*?)<\/thead>/.exec(html)?.[1] ?? "";
    expect(header).toMatch(/In the sources/);
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => {
      const cells = [...m[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!);
      // The symbols a row defines: its first cell's formulas (one may list several, "x, F, h").
      const symbols = formulas(cells[0] ?? "").flatMap((f) => f.split(/,\s*/).map((s) => s.trim()));
      return { symbols, cells, text: m[1]! };
    });
    const row = (tex: string) => {
      const found = rows.find((r) => r.symbols.includes(tex));
      expect(found, `a row for ${tex}`).toBeDefined();
      return found!;
    };
    for (const tex of ["\\theta^\\star", "r", "c", "\\rho", "\\eta^\\star", "\\sigma^2", "e", "T", "F", "g", "H"])
      row(tex);
    expect(row("T").text).toMatch(/3/);
    // The sources' letters for the shared quantities, in the column "In the sources".
    const sources = (tex: string) => formulas(row(tex).cells.at(-1) ?? "").join(" ");
    for (const letter of ["f", "\\mathcal{L}", "L"]) expect(sources("L")).toContain(letter);
    for (const letter of ["x", "w", "\\theta"]) expect(sources("\\theta")).toContain(letter);
    for (const letter of ["\\alpha", "\\eta"]) expect(sources("\\eta")).toContain(letter);
  });
});
