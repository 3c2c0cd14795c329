/// <reference lib="webworker" />
/**
 * The painter's worker (figure-painter.ts): one for the page, started with its first live block, fed
 * by the page and by each block's runner.
 */
import { FigurePainter } from "./figure-painter";
import type { FromPainter, ToPainter } from "./painter-protocol";

const painter = new FigurePainter((message: FromPainter) => self.postMessage(message));
self.onmessage = (event: MessageEvent<ToPainter>) => painter.receive(event.data);
