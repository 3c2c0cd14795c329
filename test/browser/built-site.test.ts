// The production build itself, read as files: math rendered at build time, assets under the base
// path, nothing from another origin.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { BOOK, PAGES } from "./pages";

const DIST = join(import.meta.dirname, "../../dist");
const BASE = "/course/";
const read = (path: string) => readFileSync(join(DIST, path), "utf8");
const CHAPTERS = BOOK.chapters.map((chapter) => chapter.slug);

/**
 * One table of a WOFF2 font, as the font holds it (W3C WOFF2, section 5): a 48-byte header, a table
 * directory (a tag, as an index into the format's list of known tags or spelt out, and UIntBase128
 * lengths), then every table in one Brotli stream. MATH is known tag 31; only glyf and loca are
 * transformed in the fonts this site ships (transform version 0), and they come before MATH.
 */
function woff2Table(file: Buffer, tag: "MATH"): Buffer {
  const KNOWN_MATH = 31;
  const count = file.readUInt16BE(12);
  let at = 48;
  const base128 = () => {
    let value = 0;
    for (;;) {
      const byte = file[at++]!;
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) return value;
    }
  };
  const tables: { index: number; length: number }[] = [];
  for (let i = 0; i < count; i++) {
    const flags = file[at++]!;
    const index = flags & 0x3f;
    if (index === 63) at += 4;
    const transformed = (index === 10 || index === 11) === (flags >> 6 === 0);
    const original = base128();
    tables.push({ index, length: transformed ? base128() : original });
  }
  const stream = brotliDecompressSync(file.subarray(at, at + file.readUInt32BE(20)));
  let offset = 0;
  for (const table of tables) {
    if (table.index === KNOWN_MATH) return stream.subarray(offset, offset + table.length);
    // Tables follow each other with no padding inside the stream.
    offset += table.length;
  }
  throw new Error(`no ${tag} table`);
}

/** The TeX source of each formula of a page, as the build keeps it beside its MathML (`data-tex`). */
const tex = (html: string) =>
  [...html.matchAll(/<math[^>]* data-tex="([^"]*)"/g)].map((m) =>
    m[1]!
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&amp;/g, "&"),
  );

describe("the production build", () => {
  it("renders each chapter's math to MathML at build time, the formula alone: every display equation", () => {
    for (const { slug: chapter, displayMath, equations } of BOOK.chapters) {
      const html = read(`${chapter}/index.html`);
      expect(html.match(/<math display="block"[ >]/g)?.length ?? 0, chapter).toBe(displayMath);
      // Each numbered one at its anchor, its number shown once.
      for (const { anchor } of equations) expect(html, `${chapter}#${anchor}`).toContain(`id="${anchor}"`);
      expect(html.match(/class="equation-number"/g)?.length ?? 0, chapter).toBe(equations.length);
      expect(html, chapter).not.toMatch(/\$\$/);
      // rehype-katex prints a formula it cannot parse as red text with this class instead of failing.
      expect(html, chapter).not.toContain("katex-error");
      // No KaTeX HTML, the TeX source only as an attribute, and no style MathML Core would not draw (but "normal").
      expect(html, chapter).not.toMatch(/class="katex|<semantics>|<annotation|mathvariant="(?!normal")/);
    }
  });

  it("holds chapter 2's key results: L_η = L + (η/4)‖∇L‖², ∇R(θ₀) = ½Hg, e^{−λη} to second order", () => {
    const formulas = tex(read("modified-loss/index.html")).join("\n");
    const modifiedLoss = String.raw`L_\eta(\theta) = L(\theta) + \frac{\eta}{4}`;
    expect(formulas).toContain(`${modifiedLoss}${String.raw`\|\nabla L(\theta)\|^2 + O(\eta^2)`}`);
    expect(formulas).toContain("\\nabla R(\\theta_0)=\\frac{1}{2}Hg");
    expect(formulas).toContain("e^{-\\lambda\\eta} = 1 - \\lambda\\eta + \\frac{\\lambda^2\\eta^2}{2} + O(\\eta^3)");
    expect(formulas).toContain("R(\\theta)=\\frac{1}{4}\\|\\nabla L(\\theta)\\|^2");
  });

  it("holds chapter 1's identity, its steepest-descent expansion and its stability limit (said once)", () => {
    const one = tex(read("euler/index.html")).join("\n");
    expect(one).toContain("\\theta_{t+\\eta} = \\theta_t - \\eta \\nabla L(\\theta_t)");
    expect(one).toContain("\\lim_{p \\rightarrow 0}");
    expect(one).toContain("\\Delta L = -\\eta\\, \\nabla L(\\theta_k)^T v + O(\\eta^2)");
    expect(one).toContain("0 < \\eta < \\frac{2}{\\lambda}");
    // Chapter 3 recalls the limit (1.17) and does not state it again as its own numbered equation.
    const three = tex(read("step-size-and-sgd/index.html")).join("\n");
    expect(three).not.toMatch(/0 < \\eta < \\frac\{2\}\{\\lambda\}[. ]*\\tag/);
  });

  it("embeds every chapter's first figures as SVG and its code as text: every block of its source", () => {
    for (const { slug: chapter, blocks, exercises } of BOOK.chapters) {
      const html = read(`${chapter}/index.html`);
      // A live block for each figure and each exercise with code; each figure's at its anchor.
      const coded = exercises.filter((e) => e.files.starter).length;
      expect(html.match(/ data-live-block="/g)?.length ?? 0, chapter).toBe(blocks.length + coded);
      for (const { anchor } of blocks) expect(html, `${chapter}#${anchor}`).toContain(`id="${anchor}"`);
      expect(html.match(/<svg class="fig-svg"/g)?.length ?? 0, chapter).toBeGreaterThanOrEqual(blocks.length);
      expect(html.match(/class="code-static"/g)?.length ?? 0, chapter).toBeGreaterThanOrEqual(blocks.length + coded);
    }
  });

  it("loads no script, style or font from another origin, and no analytics", () => {
    const pages = ["index.html", "404.html", ...CHAPTERS.map((c) => `${c}/index.html`)];
    for (const page of pages) {
      const html = read(page);
      for (const [, tag, url] of html.matchAll(/<(\w+)[^>]*?\b(?:src|href)="([^"]+)"/g)) {
        // A reader may follow a link elsewhere (the canonical URL is metadata); nothing the page loads is foreign.
        if (/^(https?:)?\/\//.test(url!))
          expect(
            tag === "a" || (tag === "link" && html.includes(`<link rel="canonical" href="${url}"`)),
            `${page}: <${tag}> ${url}`,
          ).toBe(true);
        else if (url!.startsWith("/")) expect(url!.startsWith(BASE), `${page}: ${url}`).toBe(true);
      }
      expect(html, page).not.toMatch(/<script[^>]+src="(https?:)?\/\//);
      expect(html, page).not.toMatch(
        /<link[^>]+href="(https?:)?\/\/[^"]*"[^>]*rel="(stylesheet|preload|modulepreload)"/,
      );
      expect(html, page).not.toMatch(/google-analytics|googletagmanager|gtag\(|\bga\(/);
    }
  });

  it("gives every page a Content-Security-Policy first in its head: the site only, inline scripts by hash", () => {
    const pages = ["index.html", "404.html", ...CHAPTERS.map((c) => `${c}/index.html`)];
    for (const page of pages) {
      const html = read(page);
      const policy = /^[\s\S]*?<head><meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
      expect(policy, page).toBeDefined();
      const directives = Object.fromEntries(policy!.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
      expect(directives["default-src"], page).toEqual(["'self'"]);
      expect(directives["connect-src"], page).toEqual(["'self'"]);
      expect(directives["worker-src"], page).toEqual(["'self'", "blob:"]);
      expect(directives["object-src"], page).toEqual(["'none'"]);
      expect(directives["script-src"]!.includes("'unsafe-inline'"), page).toBe(false);
      // 'unsafe-eval' (the worker runs student code) only where there are live blocks.
      expect(directives["script-src"]!.includes("'unsafe-eval'"), page).toBe(
        page !== "index.html" && page !== "404.html",
      );
      // Every inline script that runs (JSON data does not) is allowed by its hash.
      for (const [, body] of html.matchAll(
        /<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g,
      )) {
        const hash = `'sha256-${createHash("sha256").update(body!).digest("base64")}'`;
        expect(directives["script-src"], `${page}: an inline script without its hash`).toContain(hash);
      }
    }
  });

  it("links every mention of a numbered equation, figure, exercise or chapter to a place that exists", () => {
    const pages = [...CHAPTERS, "notation"];
    const ids = new Map(
      pages.map((page) => [
        page,
        new Set([...read(`${page}/index.html`).matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!)),
      ]),
    );
    let links = 0;
    for (const page of pages) {
      const html = read(`${page}/index.html`);
      for (const [, href, text] of html.matchAll(/<a href="([^"]*)" class="cross-reference">([^<]*)<\/a>/g)) {
        links++;
        const [, other, anchor] = /^(?:\.\.\/([\w-]+)\/)?(?:#(.+))?$/.exec(href!) ?? [];
        const target = other ?? page;
        expect(ids.has(target), `${page}: ${text} → ${href}`).toBe(true);
        if (anchor) expect(ids.get(target)!.has(anchor), `${page}: ${text} → ${href}`).toBe(true);
      }
      // No mention left unlinked in the prose: "(2.7)", "Figure 2.1", "Exercise 2.3" outside links and math.
      const prose = html
        .replace(/<a [^>]*>[\s\S]*?<\/a>/g, "")
        .replace(/<math[\s\S]*?<\/math>/g, "")
        .replace(/<(script|pre|code|h\d)[^>]*>[\s\S]*?<\/\1>/g, "")
        .replace(/<strong>Figure \d+\.\d+\.<\/strong>/g, "");
      expect(prose.match(/\b(Figure|Exercise) \d+\.\d+/g), page).toBeNull();
    }
    expect(links).toBeGreaterThan(100);
  });

  it("lists every page in a sitemap at the site's address (SITE_URL), which robots.txt names", () => {
    const site = `https://example.org${BASE}`;
    const listed = [...read("sitemap-0.xml").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual(PAGES.map((page) => `${site}${page}`).sort());
    expect(read("sitemap-index.xml")).toContain(`<loc>${site}sitemap-0.xml</loc>`);
    expect(read("robots.txt")).toBe(`User-agent: *\nAllow: /\nSitemap: ${site}sitemap-index.xml\n`);
  });

  it("describes each chapter's page by its summary", () => {
    const unescape = (text: string) =>
      text
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&");
    for (const chapter of BOOK.chapters) {
      const description = /<meta name="description" content="([^"]*)">/.exec(read(`${chapter.slug}/index.html`))?.[1];
      expect(unescape(description ?? ""), chapter.slug).toBe(chapter.summary);
    }
  });

  it("was built without a warning", () => {
    // Without the terminal's colour codes (ESC [ … m).
    const output = read("build-output.txt").replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g"), "");
    const warnings = output.split("\n").filter((line) => /\[WARN\]|\(!\)|\bwarning\b/i.test(line));
    expect(warnings).toEqual([]);
    expect(output).toMatch(/Complete!/);
  });

  it("keeps every asset, font and worker on the site", () => {
    const assets = readdirSync(join(DIST, "_astro"));
    expect(assets.filter((f) => f.endsWith(".woff2"))).toEqual([expect.stringMatching(/^stix-two-math\..*\.woff2$/)]);
    expect(assets.some((f) => /runner\.worker.*\.js$/.test(f))).toBe(true);
    for (const file of assets.filter((f) => f.endsWith(".css") || f.endsWith(".js"))) {
      const text = readFileSync(join(DIST, "_astro", file), "utf8");
      expect(text, file).not.toMatch(/url\((["']?)https?:\/\//);
    }
  });

  it("ships a math font whose OpenType MATH table has the glyphs that stretch brackets, roots and braces", () => {
    const font = readdirSync(join(DIST, "_astro")).find((f) => /^stix-two-math\..*\.woff2$/.test(f))!;
    const table = woff2Table(readFileSync(join(DIST, "_astro", font)), "MATH");
    const math = new DataView(table.buffer, table.byteOffset, table.byteLength);
    // MATH header (OpenType 1.9): version 1.0, then offsets to MathConstants, MathGlyphInfo, MathVariants.
    expect([math.getUint16(0), math.getUint16(2)]).toEqual([1, 0]);
    const variants = math.getUint16(8);
    // MathVariants: minConnectorOverlap, two coverage offsets, then how many glyphs grow vertically and horizontally.
    const [vertical, horizontal] = [math.getUint16(variants + 6), math.getUint16(variants + 8)];
    expect(vertical).toBeGreaterThan(40); // ( ) [ ] { } | ‖ √ ∑ ∫ …
    expect(horizontal).toBeGreaterThan(20); // ⏟ ⏞ arrows, accents
  });
});
