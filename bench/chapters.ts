// What every bench shares: the chapters it visits, how it prints a table, how it counts frames.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { readBook } from "../src/book/book.ts";

/** The book the site is built from: its chapters, each with its live blocks and exercises (src/book/). */
export const BOOK = readBook(join(import.meta.dirname, "../content/chapters"));

/** The chapters of the built book, by slug, in course order. */
export const CHAPTERS = BOOK.chapters.map((c) => c.slug);

/** A plain-text table: columns padded to their widest cell. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/**
 * Counts animation frames, long tasks and chart draws in the page from now until the returned
 * function is called, which gives frames per second over `elapsed` ms, and the counts as table cells
 * (redraws a second, tasks over 50 ms, the longest task).
 */
export async function countFrames(
  page: Page,
  drawn: string,
): Promise<(elapsed: number) => Promise<{ fps: number; cells: string[] }>> {
  await page.evaluate((mark) => {
    const w = window as unknown as { frames: number; longTasks: number[]; counting: boolean };
    w.frames = 0;
    w.longTasks = [];
    w.counting = true;
    const tick = () => {
      if (!w.counting) return;
      w.frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
      type: "longtask",
    });
    performance.clearMarks(mark);
  }, drawn);
  return async (elapsed) => {
    const { frames, longTasks, redraws } = await page.evaluate((mark) => {
      const w = window as unknown as { frames: number; longTasks: number[]; counting: boolean };
      w.counting = false;
      return { frames: w.frames, longTasks: w.longTasks, redraws: performance.getEntriesByName(mark).length };
    }, drawn);
    return {
      fps: (frames * 1000) / elapsed,
      cells: [
        `${((redraws * 1000) / elapsed).toFixed(1)} redraws/s`,
        `${longTasks.filter((d) => d > 50).length} tasks > 50 ms`,
        `longest ${Math.max(0, ...longTasks).toFixed(0)} ms`,
      ],
    };
  };
}
