// Lighthouse 13's mobile profile (a mid-range phone on a slow 4G link) on every chapter, served under
// /course/ with gzip as a static host serves it, side by side with the same page with its scripts
// blocked (the static page: text, math, SVG figures and code), the median of three runs each; and
// side by side with BENCH_BEFORE's build when given. Printed, never asserted; compared with the
// baseline. Run by `npm run bench`.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { it } from "vitest";
import { CHROMIUM_PATH } from "../test/browser/browser";
import { compareWithBaseline, type Figure } from "./baseline";
import { BASE, serveBuilds } from "./builds";
import { CHAPTERS, table } from "./chapters";

/** Pages besides the chapters: an embedded block's page (the book's first two-panel figure). */
const EXTRA_PAGES: string[] = ["embed/ch2-gd-vs-flow/"];

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

/** Lighthouse runs a page and variant: their median is reported (one run swings by ±0.05 here). */
const RUNS = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

function medianOf(runs: Measure[]): Measure {
  const of = (key: Exclude<keyof Measure, "failing">) => median(runs.map((r) => r[key]));
  return {
    performance: of("performance"),
    accessibility: of("accessibility"),
    bestPractices: of("bestPractices"),
    seo: of("seo"),
    fcp: of("fcp"),
    lcp: of("lcp"),
    tbt: of("tbt"),
    cls: of("cls"),
    failing: [...new Set(runs.flatMap((r) => r.failing))],
  };
}

it("measures each chapter with Lighthouse's mobile profile, with scripts and with them blocked", async () => {
  const { served, close } = await serveBuilds({ gzip: true });
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
  const figures: Record<string, Figure> = {};
  try {
    for (const page of [...CHAPTERS.map((c) => `${c}/`), ...EXTRA_PAGES]) {
      for (const { build, origin } of served) {
        const url = `${origin}${BASE}${page}`;
        if (!(await fetch(url)).ok) continue; // a page the other build does not have
        // The variants alternate, so both see the same machine load.
        const live: Measure[] = [];
        const still: Measure[] = [];
        for (let run = 0; run < RUNS; run++) {
          live.push(await audit(url, chrome.port, false));
          still.push(await audit(url, chrome.port, true));
        }
        for (const [variant, m] of [
          ["scripts", medianOf(live)],
          ["blocked", medianOf(still)],
        ] as const) {
          m.failing.forEach((f) => failing.add(`${page} (${build.name}, ${variant}) ${f}`));
          rows.push([
            page,
            build.name,
            variant,
            m.performance.toFixed(2),
            `${(m.fcp / 1000).toFixed(2)} s`,
            `${(m.lcp / 1000).toFixed(2)} s`,
            `${m.tbt.toFixed(0)} ms`,
            m.cls.toFixed(3),
            [m.accessibility, m.bestPractices, m.seo].map((v) => v.toFixed(2)).join(" / "),
          ]);
          if (build.name === "now") {
            figures[`${page} ${variant} performance`] = { value: m.performance, better: "higher" };
            figures[`${page} ${variant} LCP`] = { value: m.lcp, better: "lower" };
          }
        }
      }
    }
  } finally {
    await chrome.kill();
    close();
  }
  console.log(
    `\nLighthouse 13 mobile (slow 4G, mid-range phone), median of ${RUNS} runs, built under ${BASE}, ` +
      "served with gzip\n" +
      table(["page", "build", "variant", "perf", "FCP", "LCP", "TBT", "CLS", "a11y / best / SEO"], rows) +
      (failing.size > 0
        ? `\naudits below 1: ${[...failing].join("; ")}`
        : "\nevery accessibility, best-practices and SEO audit passes") +
      "\n\n" +
      compareWithBaseline("lighthouse", figures),
  );
}, 3_600_000);
