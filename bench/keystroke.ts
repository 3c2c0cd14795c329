// Keystroke → chart, in Chromium against the production build under /course/, for every live block
// of every chapter, and side by side with BENCH_BEFORE's build when given (bench/builds.ts): per key,
// the time from the keydown to the block's chart drawn, to the next frame painted by the thread that
// drew it (the page's, or the painter's worker: a task queued from its next animation frame), and to
// the end of the display compositor's first swap after the chart's frame was handed on, from a trace
// (median, p95); the main thread's busy time per key, the worker's time for the code, and tasks over
// 50 ms while typing; then where one block's main-thread time per key goes (sampled by the profiler, by the code
// it runs in). Printed, never asserted; the current build's figures are compared with the baseline.
import type { CDPSession, Page } from "playwright-core";
import { it } from "vitest";
import { EVENTS } from "../src/lib/names";
import { reachFor } from "../test/browser/blocks";
import { launchChromium } from "../test/browser/browser";
import { compareWithBaseline, type Figure } from "./baseline";
import { BASE, serveBuilds } from "./builds";
import { CHAPTERS, table } from "./chapters";

const EDITS = 40;
/** The block whose main-thread time per key is broken down. */
const TRACED = { chapter: "modified-loss", block: "ch2-gd-vs-flow" };

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
};
const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : "–");

interface KeyLog {
  keys: number[];
  /** Whether the charts were drawn by the page's painter (in its worker). */
  offThread: boolean;
  drawn: number[];
  painted: number[];
  answered: { t: number; ms: number }[];
  long: number[];
}

/**
 * In the page (installed once, emptied for each block): keydowns, charts drawn and painted, runs
 * answered, long tasks.
 */
async function instrument(page: Page) {
  await page.evaluate(
    ([drawn, answered, paintedOffThread]) => {
      const w = window as unknown as { log?: KeyLog };
      const installed = w.log !== undefined;
      w.log = { keys: [], offThread: false, drawn: [], painted: [], answered: [], long: [] };
      if (installed) return;
      addEventListener(
        "keydown",
        (e) => {
          w.log!.keys.push(e.timeStamp);
          mark("bench:key", { startTime: e.timeStamp });
        },
        { capture: true },
      );
      const mark = performance.mark.bind(performance);
      const painted = (at: number) => void w.log!.painted.push(at);
      performance.mark = (name: string, options?: PerformanceMarkOptions) => {
        const now = performance.now();
        // A chart the page's painter drew (in its worker) is marked when the page hears of it, at the
        // time it was drawn; it says when its frame was painted (its worker's next animation frame ran).
        const at = options?.startTime ?? now;
        const offThread = (options?.detail as { offThread?: boolean } | undefined)?.offThread === true;
        if (name === drawn) {
          w.log!.drawn.push(at);
          w.log!.offThread = offThread;
          // A task queued from the next animation frame runs once that frame is painted.
          if (!offThread) requestAnimationFrame(() => setTimeout(() => painted(performance.now())));
        }
        if (name === paintedOffThread) painted(at);
        if (name === answered) w.log!.answered.push({ t: now, ms: Number(options?.detail) });
        return mark(name, options);
      };
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.log!.long.push(e.duration))).observe({
        type: "longtask",
      });
    },
    [EVENTS.chartDrawn, EVENTS.runAnswered, EVENTS.chartPainted],
  );
}

const busy = async (cdp: CDPSession) =>
  ((await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration")?.value ?? 0) * 1000;

/**
 * Puts the caret after the block's first knob: the number of its first `// range` parameter, else the
 * first number a constant is set to (`const eta = 0.1;`, `const start = [0.1, 0.6];`).
 */
async function caretAtKnob(page: Page, id: string) {
  const block = page.locator(`[data-live-block="${id}"]`);
  const knobs = block.locator(".cm-line").filter({ hasText: /^const \w+ = -?[\d.]+;.*range/ });
  const line = (await knobs.count())
    ? knobs.first()
    : block
        .locator(".cm-line")
        .filter({ hasText: /^(export )?const [^=]+= [^;]*?\d/ })
        .first();
  const text = (await line.textContent())!;
  const number = /= [^\d]*?(-?\d[\d.]*)/.exec(text)!;
  const after = number.index + number[0].length;
  await line.click({ position: { x: 2, y: 5 } });
  await page.keyboard.press("Home");
  for (let i = 0; i < after; i++) await page.keyboard.press("ArrowRight");
}

/**
 * Starts a trace of what takes a chart to the screen: the page's marks (keys, charts drawn), the
 * frames handed on by the thread that drew (the page's commits; the painter's canvas frames) and the
 * display compositor's swaps. Its end gives them on the trace's clock (µs).
 */
async function traceToScreen(cdp: CDPSession) {
  const events: { name: string; ts: number; dur?: number; ph: string }[] = [];
  const collect = (e: { value: object[] }) => void events.push(...(e.value as typeof events));
  cdp.on("Tracing.dataCollected", collect);
  await cdp.send("Tracing.start", {
    traceConfig: { includedCategories: ["viz", "blink.user_timing", "cc"] },
    transferMode: "ReportEvents",
  });
  return async () => {
    const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
    await cdp.send("Tracing.end");
    await done;
    cdp.off("Tracing.dataCollected", collect);
    /** When each event named `name` began (or, with `end`, ended), in order. */
    const at = (name: string, end = false) =>
      events
        .filter((e) => e.name === name && (e.ph === "X" || e.ph === "I" || e.ph === "R" || e.ph === "n"))
        .map((e) => e.ts + (end ? (e.dur ?? 0) : 0))
        .sort((a, b) => a - b);
    return {
      keys: at("bench:key"),
      drawn: at(EVENTS.chartDrawn),
      // The page's commits (cc's "Commit", ended); the painter's frames, by its word that they were painted.
      commits: events
        .filter((e) => e.name === "Commit" && (e.ph === "e" || e.ph === "X"))
        .map((e) => e.ts + (e.ph === "X" ? (e.dur ?? 0) : 0))
        .sort((a, b) => a - b),
      canvasFrames: at(EVENTS.chartPainted),
      swaps: events
        .filter((e) => e.name === "Display::DrawAndSwap" && e.ph === "X")
        .map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const)
        .sort((a, b) => a[0] - b[0]),
    };
  };
}

/**
 * Per key, keydown → the end of the display compositor's first swap that began after the chart's
 * frame was handed on: the page's next commit after the chart was drawn, or, for a chart the
 * painter drew, its word that the frame was painted (its canvas frame is sent before that, at the
 * end of the task that drew it). A commit is followed by the compositor's own frame, so for a chart
 * drawn on the page this is, if anything, early.
 */
function onScreen(trace: Awaited<ReturnType<Awaited<ReturnType<typeof traceToScreen>>>>, offThread: boolean) {
  const handedOn = offThread ? trace.canvasFrames : trace.commits;
  return trace.keys
    .map((k) => {
      const drawn = trace.drawn.find((t) => t >= k);
      const frame = drawn === undefined ? undefined : handedOn.find((t) => t >= drawn);
      const swap = frame === undefined ? undefined : trace.swaps.find(([start]) => start >= frame);
      return swap === undefined ? NaN : (swap[1] - k) / 1000;
    })
    .filter((v) => Number.isFinite(v));
}

/** Types EDITS keys into a block (a digit, then Backspace, …), each once its chart is painted. */
async function typeInto(page: Page, cdp: CDPSession, id: string) {
  await caretAtKnob(page, id);
  // The chart in view, at the top (the knob's line, near the top of the code, below it): a chart off
  // screen gives the display nothing to swap, and "on screen" would wait for the next key's echo.
  await page
    .locator(`[data-live-block="${id}"] [data-slot="figure"]`)
    .first()
    .evaluate((el) => el.scrollIntoView({ block: "start" }));
  await instrument(page);
  const endTrace = await traceToScreen(cdp);
  const before = await busy(cdp);
  for (let i = 0; i < EDITS; i++) {
    await page.keyboard.press(i % 2 === 0 ? "2" : "Backspace");
    await page
      .waitForFunction((n) => (window as unknown as { log: KeyLog }).log.painted.length >= n, i + 1, {
        timeout: 10_000,
      })
      .catch(() => {}); // a key whose code failed to draw: counted as not drawn
    await page.waitForTimeout(30);
  }
  const busyPerKey = ((await busy(cdp)) - before) / EDITS;
  await page.waitForTimeout(300);
  const trace = await endTrace();
  const log = await page.evaluate(() => (window as unknown as { log: KeyLog }).log);
  const after = (times: number[]) =>
    log.keys
      .map((k) => ([...times].sort((a, b) => a - b).find((t) => t >= k) ?? NaN) - k)
      .filter((v) => Number.isFinite(v));
  await page.keyboard.press("Escape");
  return {
    drawn: after(log.drawn),
    painted: after(log.painted),
    onScreen: onScreen(trace, log.offThread),
    worker: log.answered.map((a) => a.ms).filter(Number.isFinite),
    busyPerKey,
    long: log.long.filter((d) => d > 50).length,
  };
}

/** Main-thread time per key in `id`, by the code it ran in (the profiler's samples, every 0.1 ms). */
async function whereAKeyGoes(page: Page, cdp: CDPSession, id: string): Promise<Record<string, number>> {
  await caretAtKnob(page, id);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  for (let i = 0; i < EDITS; i++) {
    await page.keyboard.press(i % 2 === 0 ? "2" : "Backspace");
    await page.waitForTimeout(150);
  }
  const { profile } = await cdp.send("Profiler.stop");
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parts: Record<string, number> = {};
  profile.samples!.forEach((id, i) => {
    const { functionName, url } = nodes.get(id)!.callFrame;
    const file = url.split("/").pop() ?? "";
    const part =
      functionName === "(idle)" || functionName === "(root)"
        ? undefined
        : functionName === "(program)"
          ? "style, layout, paint (native)"
          : functionName === "(garbage collector)"
            ? "garbage collection"
            : /codemirror|lezer/.test(file)
              ? "CodeMirror and its parser"
              : /sandpack/.test(file)
                ? "Sandpack"
                : /chart/.test(file)
                  ? "chart.js"
                  : /^client\./.test(file)
                    ? "React"
                    : "the site's runtime and other";
    if (part) parts[part] = (parts[part] ?? 0) + profile.timeDeltas![i]! / 1000 / EDITS;
  });
  await page.keyboard.press("Escape");
  return parts;
}

it("measures keystroke → chart drawn and painted for every live block, side by side", async () => {
  const { served, close } = await serveBuilds();
  const browser = await launchChromium();
  const rows: string[][] = [];
  const all = new Map<
    string,
    { drawn: number[]; painted: number[]; onScreen: number[]; busy: number[]; long: number }
  >();
  const perBlock: Record<string, Figure> = {};
  const traced: Record<string, Record<string, number>> = {};
  try {
    for (const chapter of CHAPTERS) {
      // The builds one after the other for each chapter, so both see the same machine load.
      for (const { build, origin } of served) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const response = await page.goto(`${origin}${BASE}${chapter}/`, { waitUntil: "networkidle" });
        if (!response?.ok()) {
          await page.close();
          continue; // a chapter the other build does not have
        }
        const cdp = await page.context().newCDPSession(page);
        await cdp.send("Performance.enable");
        const ids = await page
          .locator("[data-live-block]:not(.exercise [data-live-block])")
          .evaluateAll((els) => els.map((e) => e.getAttribute("data-live-block")!));
        const total = all.get(build.name) ?? { drawn: [], painted: [], onScreen: [], busy: [], long: 0 };
        all.set(build.name, total);
        for (const id of ids) {
          const block = page.locator(`[data-live-block="${id}"]`);
          await reachFor(block);
          await block.locator(".live-status", { hasText: "Done in" }).waitFor();
          const m = await typeInto(page, cdp, id);
          total.drawn.push(...m.drawn);
          total.painted.push(...m.painted);
          total.onScreen.push(...m.onScreen);
          total.busy.push(m.busyPerKey);
          total.long += m.long;
          rows.push([
            id,
            build.name,
            String(m.painted.length),
            ms(percentile(m.drawn, 0.5)),
            ms(percentile(m.drawn, 0.95)),
            ms(percentile(m.painted, 0.5)),
            ms(percentile(m.painted, 0.95)),
            ms(percentile(m.onScreen, 0.5)),
            ms(percentile(m.onScreen, 0.95)),
            ms(m.busyPerKey),
            ms(percentile(m.worker, 0.5)),
            String(m.long),
          ]);
          if (build.name === "now")
            perBlock[`${id} painted p50`] = { value: percentile(m.painted, 0.5), better: "lower" };
          if (chapter === TRACED.chapter && id === TRACED.block)
            traced[build.name] = await whereAKeyGoes(page, cdp, id);
        }
        await page.close();
      }
    }
  } finally {
    await browser.close();
    close();
  }
  const overall = [...all.entries()].map(([name, t]) => [
    name,
    String(t.painted.length),
    ms(percentile(t.drawn, 0.5)),
    ms(percentile(t.drawn, 0.95)),
    ms(percentile(t.painted, 0.5)),
    ms(percentile(t.painted, 0.95)),
    ms(percentile(t.onScreen, 0.5)),
    ms(percentile(t.onScreen, 0.95)),
    ms(t.busy.reduce((a, b) => a + b, 0) / t.busy.length),
    String(t.long),
  ]);
  const parts = [...new Set(Object.values(traced).flatMap((p) => Object.keys(p)))];
  const now = all.get("now")!;
  console.log(
    `\nkeystroke → chart, ${EDITS} keys per block (Chromium, production build): to the chart drawn, to ` +
      "the next frame painted by the thread that drew it, and to the end of the display's first swap after " +
      "the chart's frame was handed on (on screen, from a trace) (p50, p95), the main thread's busy time " +
      "per key, the worker's time for the code (p50), tasks over 50 ms while typing\n" +
      table(
        [
          "block",
          "build",
          "keys",
          "drawn",
          "p95",
          "painted",
          "p95",
          "on screen",
          "p95",
          "busy/key",
          "worker",
          "> 50 ms",
        ],
        rows,
      ) +
      "\n\nevery block of every chapter\n" +
      table(["build", "keys", "drawn", "p95", "painted", "p95", "on screen", "p95", "busy/key", "> 50 ms"], overall) +
      `\n\nwhere a key's main-thread time goes in ${TRACED.block} (ms per key, sampled)\n` +
      table(
        ["part", ...Object.keys(traced)],
        parts.map((part) => [part, ...Object.values(traced).map((p) => ms(p[part] ?? 0))]),
      ) +
      "\n\n" +
      compareWithBaseline("keystroke", {
        "painted p50": { value: percentile(now.painted, 0.5), better: "lower" },
        "painted p95": { value: percentile(now.painted, 0.95), better: "lower" },
        "on screen p50": { value: percentile(now.onScreen, 0.5), better: "lower" },
        "drawn p50": { value: percentile(now.drawn, 0.5), better: "lower" },
        "busy per key": { value: now.busy.reduce((a, b) => a + b, 0) / now.busy.length, better: "lower" },
        ...perBlock,
      }),
  );
}, 1_800_000);
