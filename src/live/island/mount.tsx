import { createRoot } from "react-dom/client";
import { flushSync } from "react-dom";
import type { BookData } from "../runner/book-data";
import type { Intent } from "./intent";
import { LiveBlockRoot } from "./LiveBlockRoot";
import type { BlockSlots } from "./slots";

const mounted = new WeakSet<HTMLElement>();

/**
 * Brings a block alive where the page shows it: React renders into the block's three places (its
 * sliders, its figure, its code), each live part taking the place of the static one once it is
 * ready, at the same size. The live runtime arrives with this module (and its worker with the block).
 */
export function mountBlock(block: HTMLElement, intent: Intent): void {
  if (mounted.has(block)) return;
  mounted.add(block);
  const book = JSON.parse(block.querySelector("script[data-book]")!.textContent!) as BookData;
  const slot = (name: string) => block.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
  const slots: BlockSlots = { params: slot("params"), figure: slot("figure"), code: slot("code") };
  const host = document.createElement("div");
  host.hidden = true; // the root renders through portals into the slots
  block.append(host);
  const root = createRoot(host);
  flushSync(() =>
    root.render(<LiveBlockRoot blockId={block.dataset.liveBlock!} book={book} slots={slots} intent={intent} />),
  );
}
