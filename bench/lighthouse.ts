// Lighthouse 13's mobile profile (a mid-range phone on a slow 4G link) on every chapter, served under
// /course/ with gzip as a static host serves it, side by side with the same page with its scripts
// blocked (the static page: text, math, SVG figures and code). Printed, never asserted. Run by
// `npm run bench`.
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { it } from "vitest";
import { CHROMIUM_PATH } from "../test/browser/browser";
import { serveStatic } from "../test/browser/static-server";
import { CHAPTERS, table } from "./chapters";

const DIST = join(import.meta.dirname, "../dist");
const BASE = "/course/";

interface Measure {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** The audits of accessibility, best practices and SEO that did not pass, by id. */
  failing: string[];
}

async function audit(url: string, port: number, blockScripts: boolean): Promise<Measure> {
  const result = await lighthouse(
    url,
    { port, output: "json", logLevel: "error", ...(blockScripts ? { blockedUrlPatterns: ["*.js"] } : {}) },
    {
      extends: "lighthouse:default",
      settings: { onlyCategories: ["performance", "accessibility", "best-practices", "seo"] },
    },
  );
  const lhr = result!.lhr;
  const audit = (id: string) => lhr.audits[id]!.numericValue!;
  return {
    performance: lhr.categories.performance!.score!,
    accessibility: lhr.categories.accessibility!.score!,
    bestPractices: lhr.categories["best-practices"]!.score!,
    seo: lhr.categories.seo!.score!,
    fcp: audit("first-contentful-paint"),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    failing: ["accessibility", "best-practices", "seo"].flatMap((category) =>
      lhr.categories[category]!.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]!.score ?? 1) < 1).map(
        (ref) => `${category}: ${ref.id}`,
      ),
    ),
  };
}

it("measures each chapter with Lighthouse's mobile profile, with scripts and with them blocked", async () => {
  const { server, origin } = await serveStatic(DIST, BASE, { gzip: true });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--no-first-run",
    ],
  });
  const rows: string[][] = [];
  const failing = new Set<string>();
  try {
    for (const chapter of CHAPTERS) {
      const url = `${origin}${BASE}${chapter}/`;
      // Side by side, alternating, so both see the same machine load.
      const live = await audit(url, chrome.port, false);
      const still = await audit(url, chrome.port, true);
      for (const [variant, m] of [
        ["scripts", live],
        ["blocked", still],
      ] as const) {
        m.failing.forEach((f) => failing.add(`${chapter} (${variant}) ${f}`));
        rows.push([
          chapter,
          variant,
          m.performance.toFixed(2),
          `${(m.fcp / 1000).toFixed(2)} s`,
          `${(m.lcp / 1000).toFixed(2)} s`,
          `${m.tbt.toFixed(0)} ms`,
          m.cls.toFixed(3),
          [m.accessibility, m.bestPractices, m.seo].map((s) => s.toFixed(2)).join(" / "),
        ]);
      }
      rows.push([
        "",
        "difference",
        (live.performance - still.performance).toFixed(2),
        "",
        `LCP ${((live.lcp / still.lcp - 1) * 100).toFixed(1)}%`,
        "",
        "",
        "",
      ]);
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  console.log(
    `\nLighthouse ${"13"} mobile (slow 4G, mid-range phone), built under ${BASE}, served with gzip\n` +
      table(["chapter", "variant", "perf", "FCP", "LCP", "TBT", "CLS", "a11y / best / SEO"], rows) +
      (failing.size > 0
        ? `\naudits below 1: ${[...failing].join("; ")}`
        : "\nevery accessibility, best-practices and SEO audit passes"),
  );
}, 900_000);
