import { EVENTS } from "../../lib/names";
import type { FromPainter, ToPainter } from "./painter-protocol";
import painterUrl from "./painter.worker.ts?worker&url";

/**
 * The page's side of the painter (figure-painter.ts): one worker for the page, started with the first
 * live block that needs it, in browsers that can hand a canvas to a worker. Elsewhere (or for a block
 * whose canvas could not be handed over) the block draws its chart itself, on the page's thread.
 */

/** True where a canvas's drawing can be handed to a worker (OffscreenCanvas). */
export const canPaintOffThread = (): boolean =>
  typeof Worker !== "undefined" &&
  typeof OffscreenCanvas !== "undefined" &&
  typeof HTMLCanvasElement !== "undefined" &&
  "transferControlToOffscreen" in HTMLCanvasElement.prototype;

/** The time `at` (the painter's `timeOrigin + now`) on this page's clock. */
const onPageClock = (at: number) => Math.max(0, at - performance.timeOrigin);

/** What a block's figure hears from the painter. */
export interface PainterWatcher {
  drawn(): void;
  failed(message: string): void;
}

export class Painter {
  private readonly worker: Worker;
  private readonly watchers = new Map<string, PainterWatcher>();

  constructor() {
    this.worker = new Worker(new URL(painterUrl, location.href), { type: "module", name: "descent-painter" });
    this.worker.onmessage = (event: MessageEvent<FromPainter>) => this.hear(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      const message = `the chart's painter failed: ${event.message || "unknown error"}`;
      for (const watcher of this.watchers.values()) watcher.failed(message);
    };
  }

  send(message: ToPainter, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  /** Tells `watcher` when block `block`'s figure is drawn or cannot be; returns what stops telling it. */
  watch(block: string, watcher: PainterWatcher): () => void {
    this.watchers.set(block, watcher);
    return () => {
      if (this.watchers.get(block) === watcher) this.watchers.delete(block);
    };
  }

  /** A port for a new runner worker of block `block`: its results reach the painter on it, as they reach the page. */
  runnerPort(block: string): MessagePort {
    const channel = new MessageChannel();
    this.send({ type: "runner", block, port: channel.port2 }, [channel.port2]);
    return channel.port1;
  }

  private hear(message: FromPainter): void {
    switch (message.type) {
      case "drawn":
        // For the bench and the tests, as a chart drawn on the page marks it, at the time it was drawn.
        performance.mark(EVENTS.chartDrawn, {
          startTime: onPageClock(message.at),
          detail: { block: message.block, order: message.order, offThread: true },
        });
        this.watchers.get(message.block)?.drawn();
        return;
      case "painted":
        performance.mark(EVENTS.chartPainted, {
          startTime: onPageClock(message.at),
          detail: { block: message.block, order: message.order },
        });
        return;
      case "failed":
        this.watchers.get(message.block)?.failed(message.message);
        return;
    }
  }
}

let painter: Painter | undefined;

/** The page's painter (started on first call), or none where charts cannot be drawn off the page's thread. */
export function pagePainter(): Painter | undefined {
  if (!canPaintOffThread()) return undefined;
  return (painter ??= new Painter());
}
