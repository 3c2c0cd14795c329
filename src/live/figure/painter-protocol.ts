import type { Figure } from "@descent/numerics";
import type { DrawableFigure } from "./drawable-figure";
import type { PlotSize } from "./panel-chart";
import type { ThemeColors } from "./theme-colors";

/**
 * The messages between the page and the painter: the worker that draws every live chart of the page
 * on canvases handed to it (OffscreenCanvas), so that a chart is painted without waiting for the
 * page's own frames. The page's messages are the page's own; what a block's runner sends the painter
 * directly (its results, on a port of their own) is checked there as the page checks it.
 */

/** Page → painter. */
export type ToPainter =
  /** Block `block`'s plots, `count` of them: canvases new to the painter at `added` (transferred), the rest kept. */
  | {
      type: "canvases";
      block: string;
      count: number;
      added: { index: number; canvas: OffscreenCanvas }[];
      size: PlotSize;
    }
  /** The plots' size changed (all panels of a block share it). */
  | { type: "size"; block: string; size: PlotSize }
  /** The theme's colours, or the pinned run drawn faint under each figure, changed: draw the newest figure again. */
  | { type: "style"; block: string; colors: ThemeColors; pinned: Figure | undefined }
  /** The figure the page holds for the block (the book's, or a result it read): drawn unless a newer one is. */
  | { type: "draw"; block: string; drawable: DrawableFigure }
  /** A port on which the block's runner (a new worker) sends the results it sends the page. */
  | { type: "runner"; block: string; port: MessagePort }
  /**
   * Runs older than `run` are stale (the page posted `run`, or abandoned them): their results are not
   * drawn; nor are coarse results of runs up to `coarseUpTo` (a newer edit waits behind that run).
   */
  | { type: "current"; block: string; run: number; coarseUpTo: number }
  /** The block's figure is gone (a different one, or the block unmounted). */
  | { type: "forget"; block: string };

/** Painter → page. Times are the painter's clock read as `performance.timeOrigin + performance.now()`. */
export type FromPainter =
  /** Block `block`'s charts now show result `order` (0: the book's figure), drawn at `at`. */
  | { type: "drawn"; block: string; order: number; at: number }
  /** …and the frame with that drawing was painted by `at` (a task queued from the next animation frame ran). */
  | { type: "painted"; block: string; order: number; at: number }
  /** The block's figure could not be drawn (a browser that refuses canvases): the page shows the book's. */
  | { type: "failed"; block: string; message: string };
