/**
 * The three places of a block that the live parts take over: its sliders, its figure, its code. Each
 * holds the static part the page was built with; a live part is laid over it, hidden, until it is
 * ready, and then takes its place in one step (same size, nothing moves). The static parts are kept,
 * so a block whose live parts fail can show them again.
 */
export interface BlockSlots {
  params: HTMLElement;
  figure: HTMLElement;
  code: HTMLElement;
}

export type SlotName = keyof BlockSlots;

const kept = new WeakMap<HTMLElement, Element[]>();

/** Puts a ready live part in place of the slot's static part (the static part is kept aside). */
export function swapIn(slot: HTMLElement, live: HTMLElement | null): void {
  if (!live || live.dataset.ready !== undefined) return;
  const statics = [...slot.children].filter((child) => child !== live && !child.classList.contains("live-part"));
  if (!kept.has(slot)) kept.set(slot, statics);
  for (const child of statics) child.remove();
  live.dataset.ready = "";
  live.inert = false;
}

/** Puts a slot's static part back (after the live block failed). */
export function restoreStatic(slot: HTMLElement): void {
  const statics = kept.get(slot);
  if (!statics) return;
  slot.prepend(...statics.filter((child) => !child.isConnected));
}

/** Takes a slot's static part away again (its live part, which had failed, draws again). */
export function hideStatic(slot: HTMLElement): void {
  for (const child of kept.get(slot) ?? []) child.remove();
}
