import type { Figure } from "@descent/numerics";
import { afterPaint } from "../island/after-paint";
import { parseWorkerMessage } from "../runner/protocol";
import type { DrawableFigure } from "./drawable-figure";
import { createPanelChart, drawPanel, resizePanelChart, type PanelChart, type PlotSize } from "./panel-chart";
import type { FromPainter, ToPainter } from "./painter-protocol";
import type { ThemeColors } from "./theme-colors";

/** A canvas the painter draws on: an OffscreenCanvas (a stand-in in tests). */
export type PaintedCanvas = OffscreenCanvas;

/** One block's charts, as the painter keeps them. */
interface BlockCharts {
  canvases: PaintedCanvas[];
  charts: (PanelChart | undefined)[];
  size: PlotSize | undefined;
  colors: ThemeColors | undefined;
  pinned: Figure | undefined;
  /** The newest figure known (drawn, or waiting for canvases of its panels), and whether it is coarse. */
  newest: { drawable: DrawableFigure; coarse: boolean } | undefined;
  /** What the charts show, if anything. */
  shown: DrawableFigure | undefined;
  current: { run: number; coarseUpTo: number };
  failed: boolean;
}

/**
 * The painter: draws every live chart of a page on canvases handed to it, in a worker of its own, so
 * a chart is painted as soon as its result is ready, whatever the page's own thread is doing (the
 * frame that shows the typed key, say). Results reach it straight from each block's runner, checked
 * here as the page checks them; only the newest is drawn (by run, and a whole result over a coarse
 * one), never one older than what the charts show. The page still reads every result for everything
 * else (text alternative, status, exercises) and hands the painter what only it knows: sizes, the
 * theme's colours, a pinned run.
 */
export class FigurePainter {
  private readonly blocks = new Map<string, BlockCharts>();

  constructor(
    private readonly tell: (message: FromPainter) => void,
    private readonly now: () => number = () => performance.timeOrigin + performance.now(),
    /** Calls `then` once the frame with what was just drawn is painted (in the painter's worker, its frame). */
    private readonly whenPainted: (then: () => void) => void = afterPaint,
  ) {}

  private block(id: string): BlockCharts {
    let block = this.blocks.get(id);
    if (!block) {
      block = {
        canvases: [],
        charts: [],
        size: undefined,
        colors: undefined,
        pinned: undefined,
        newest: undefined,
        shown: undefined,
        current: { run: 0, coarseUpTo: 0 },
        failed: false,
      };
      this.blocks.set(id, block);
    }
    return block;
  }

  receive(message: ToPainter): void {
    const block = this.block(message.block);
    switch (message.type) {
      case "canvases":
        for (const { index, canvas } of message.added) {
          block.charts[index]?.destroy();
          block.charts[index] = undefined;
          block.canvases[index] = canvas;
        }
        while (block.canvases.length > message.count) {
          block.canvases.pop();
          block.charts.pop()?.destroy();
        }
        block.size = message.size;
        block.shown = undefined;
        this.draw(message.block, block);
        return;
      case "size":
        block.size = message.size;
        for (const chart of block.charts) if (chart) resizePanelChart(chart, message.size);
        return;
      case "style":
        block.colors = message.colors;
        block.pinned = message.pinned;
        block.shown = undefined;
        this.draw(message.block, block);
        return;
      case "draw":
        this.offer(message.block, block, message.drawable, false);
        return;
      case "runner":
        message.port.onmessage = (event: MessageEvent) => this.fromRunner(message.block, event.data);
        return;
      case "current":
        block.current = { run: message.run, coarseUpTo: message.coarseUpTo };
        return;
      case "forget":
        for (const chart of block.charts) chart?.destroy();
        this.blocks.delete(message.block);
        return;
    }
  }

  /** A message from a block's runner: its results (checked as the page checks them) are figures to draw. */
  private fromRunner(id: string, data: unknown): void {
    const message = parseWorkerMessage(data);
    if ("problem" in message || (message.type !== "result" && message.type !== "coarse")) return;
    const { result } = message;
    if (!result.ok || !result.figure) return; // the last good chart stays
    const block = this.block(id);
    const coarse = message.type === "coarse";
    if (message.id < block.current.run || (coarse && message.id <= block.current.coarseUpTo)) return;
    this.offer(id, block, { figure: result.figure, axes: result.axes ?? [], order: message.id }, coarse);
  }

  /** Keeps `drawable` if it is newer than the newest known, and draws it. */
  private offer(id: string, block: BlockCharts, drawable: DrawableFigure, coarse: boolean): void {
    const newest = block.newest;
    const order = drawable.order ?? 0;
    if (newest) {
      const known = newest.drawable.order ?? 0;
      if (order < known || (order === known && (coarse || !newest.coarse))) return;
    }
    block.newest = { drawable, coarse };
    this.draw(id, block);
  }

  /** Draws the block's newest figure, if it is not what the charts show and there is a canvas for each panel. */
  private draw(id: string, block: BlockCharts): void {
    const next = block.newest?.drawable;
    const { size, colors } = block;
    if (!next || !size || !colors || block.failed || block.shown === next) return;
    if (next.figure.panels.length !== block.canvases.length) return; // the page makes its canvases first
    try {
      next.figure.panels.forEach((panel, i) => {
        const pinned = block.pinned?.panels[i];
        const chart = block.charts[i];
        if (chart) drawPanel(chart, panel, next.axes[i]!, colors, pinned);
        else block.charts[i] = createPanelChart(block.canvases[i]!, panel, next.axes[i]!, colors, pinned, size);
      });
    } catch (e) {
      block.failed = true;
      this.tell({ type: "failed", block: id, message: e instanceof Error ? e.message : String(e) });
      return;
    }
    block.shown = next;
    const order = next.order ?? 0;
    this.tell({ type: "drawn", block: id, order, at: this.now() });
    this.whenPainted(() => this.tell({ type: "painted", block: id, order, at: this.now() }));
  }
}
