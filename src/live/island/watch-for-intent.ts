import { EVENTS } from "../../lib/names";
import { isShareFragment } from "../share/fragment";
import { storageKeys } from "../storage/keys";
import { safeStorage } from "../storage/safe-storage";
import type { Intent } from "./intent";

/**
 * The only script a chapter loads up front (with the theme toggle). Reading costs nothing: scrolling
 * fetches nothing. A block comes alive when the reader reaches for it: a click or tap on it, the
 * keyboard focus entering it, a key typed in its code, a slider moved, an Alt-drag begun. A sign of
 * coming intent (the pointer entering a block, a touch starting) only starts fetching the editor.
 * Blocks the reader has edited before (a saved edit in this browser) come alive once the page is idle.
 * A share link's fragment (`#share/…`) fetches its decoder and brings its block alive with the code.
 */

type Mount = typeof import("./mount").mountBlock;
let loading: Promise<Mount> | undefined;
/** Fetches the live runtime (once; every block of the page shares it). */
const prefetch = () => (loading ??= import("./mount").then((m) => m.mountBlock));

/** The offset into `pre`'s text of the point under (x, y), if that point is in it. */
function caretOffset(pre: Element, x: number, y: number): number | undefined {
  const position = document.caretPositionFromPoint?.(x, y);
  if (!position || !pre.contains(position.offsetNode)) return undefined;
  const range = document.createRange();
  range.setStart(pre, 0);
  range.setEnd(position.offsetNode, position.offset);
  // Each line is a block of its own: count the line breaks the text of the range does not hold.
  const lines = [...pre.querySelectorAll(".code-line")].filter((line) => range.intersectsNode(line));
  return range.toString().length + Math.max(0, lines.length - 1);
}

/** Code from a share link for a block that is not shown yet (a predict exercise's, until committed). */
const heldShared = new WeakMap<HTMLElement, string>();

/** Ways into a block from outside it (an exercise's form and buttons): its `reach`, by element. */
const reachers = new WeakMap<HTMLElement, (details: Partial<Omit<Intent, "keys" | "delivered">>) => boolean>();

/**
 * Brings a block alive (if it is not) with something for it: an exercise's committed answer, or code
 * to load. Once the block is alive it hears the same as an event (`EVENTS.exerciseInput`).
 */
export function reachForBlock(block: HTMLElement, details: { answer?: string; load?: string }): void {
  const reach = reachers.get(block);
  if (reach?.(details) === false) block.dispatchEvent(new CustomEvent(EVENTS.exerciseInput, { detail: details }));
}

function watch(block: HTMLElement): void {
  const code = block.querySelector(".code-static");
  let held = false;
  /** What the reader did so far; the block, once there, takes it (and it keeps growing until then). */
  let intent: Intent | undefined;
  let delivered = false;

  /** Records what the reader did, and brings the block alive (once); false once the block has it all. */
  const reach = (details: Partial<Omit<Intent, "keys" | "delivered">>): boolean => {
    if (delivered) return false;
    const first = !intent;
    const held = heldShared.get(block);
    intent ??= { keys: [], delivered: () => void (delivered = true), ...(held !== undefined ? { shared: held } : {}) };
    Object.assign(intent, details);
    if (first) {
      const reached = intent;
      void prefetch().then((mountBlock) => mountBlock(block, reached));
    }
    return true;
  };
  reachers.set(block, reach);

  block.addEventListener("pointerenter", () => void prefetch(), { once: true });
  block.addEventListener("touchstart", () => void prefetch(), { once: true, passive: true });
  block.addEventListener("pointerdown", (event) => {
    held = true;
    // A touch may begin a scroll: a tap (click) is the intent, not the touch.
    if (event.pointerType === "touch") return;
    const inCode = code?.contains(event.target as Node);
    const caret = inCode ? caretOffset(code!, event.clientX, event.clientY) : undefined;
    const scrub =
      inCode && event.altKey ? { clientX: event.clientX, clientY: event.clientY, held: () => held } : undefined;
    if (scrub) event.preventDefault(); // no text selection starts under the drag
    reach({ ...(caret !== undefined ? { caret, focus: { code: true as const } } : {}), ...(scrub ? { scrub } : {}) });
  });
  window.addEventListener("pointerup", () => (held = false));
  window.addEventListener("pointercancel", () => (held = false));
  block.addEventListener("click", (event) => {
    if ((event.target as Element).closest("[data-block-menu]"))
      return void reach({ focus: { menu: true }, openMenu: true });
    const caret = code?.contains(event.target as Node) ? caretOffset(code, event.clientX, event.clientY) : undefined;
    reach(caret !== undefined ? { caret, focus: { code: true } } : {});
  });
  block.addEventListener("focusin", (event) => {
    const target = event.target as HTMLElement;
    const slider = target.dataset.parameter;
    reach({ focus: slider ? { slider } : target.closest("[data-block-menu]") ? { menu: true } : { code: true } });
  });
  // Tabbed on before the editor came: the focus is not pulled back to the block.
  block.addEventListener("focusout", (event) => {
    const to = (event as FocusEvent).relatedTarget as Node | null;
    // A static part that had the focus is removed as its live part takes its place (Chromium says so
    // with a focusout to nowhere): the focus then goes to the live part, it has not left the block.
    const swapped = !to && (event.target as Element).closest(".live-slot")?.querySelector(":scope > .live-part");
    if (intent && !delivered && !swapped && !block.contains(to)) delete intent.focus;
  });
  block.addEventListener("input", (event) => {
    const target = event.target as HTMLInputElement;
    const name = target.dataset.parameter;
    if (name) reach({ slider: { name, value: Number(target.value) }, focus: { slider: name } });
  });
  code?.addEventListener("keydown", (event) => {
    const key = event as KeyboardEvent;
    if (delivered || ["Tab", "Escape", "Shift", "Control", "Alt", "Meta"].includes(key.key)) return;
    key.preventDefault(); // the editor, once there, does what the key does
    reach({ focus: { code: true } });
    intent!.keys.push(key);
  });
}

function hasSavedEdit(block: HTMLElement): boolean {
  try {
    return safeStorage()?.getItem(storageKeys.edit(block.dataset.liveBlock!)) != null;
  } catch {
    return false;
  }
}

/**
 * Hands a share link's code to its block: a live block hears it as an event (and takes it); a block
 * shown but not alive comes alive with it; a hidden one (a predict exercise before its answer) gets it
 * when it is reached for. Says which.
 */
function offerShared(block: HTMLElement, code: string): "shown" | "held" {
  if (!block.dispatchEvent(new CustomEvent(EVENTS.sharedCode, { detail: code, cancelable: true }))) return "shown";
  if (!block.checkVisibility()) {
    heldShared.set(block, code);
    return "held";
  }
  reachers.get(block)?.({ shared: code });
  return "shown";
}

/** Opens the share link in the page's fragment, if it is one: its decoder is fetched only then. */
const openShared = () =>
  isShareFragment(location.hash)
    ? import("../share/open-shared").then((m) => m.openShared(location.hash, offerShared)).catch(() => undefined)
    : Promise.resolve();

const blocks = [...document.querySelectorAll<HTMLElement>("[data-live-block]")];
for (const block of blocks) watch(block);
const shared = openShared();
window.addEventListener("hashchange", () => void openShared());
const edited = blocks.filter(hasSavedEdit);
if (edited.length > 0) {
  const whenIdle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1000));
  // After a shared block is on its way, so that it comes alive with the shared code.
  whenIdle(() => {
    void shared
      .then(prefetch)
      .then((mountBlock) => edited.forEach((block) => mountBlock(block, { keys: [], delivered: () => {} })));
  });
}
