import { SHARE_NOTICE } from "./fragment";
import { decodeShare, MAX_SHARED_CODE_BYTES, type ShareRefusal } from "./share-link";

/**
 * What the page does with a share link's fragment: decodes it (within its bounds) and hands the code
 * to its block, scrolled into view; or says, in a notice, why it cannot, and changes nothing (the
 * book's code stays, nothing is stored). Fetched only when the page's fragment is a share link.
 */

const KB = Math.round(MAX_SHARED_CODE_BYTES / 1000);
const UNCHANGED = "The book's code is shown; nothing was changed.";
const REFUSALS: Record<ShareRefusal, string> = {
  version: "This share link was made by another version of Descent, so its code cannot be opened here.",
  "not-ours": "This page was opened with a share link that is not one of Descent's: its code cannot be read.",
  damaged: "The code in this share link cannot be read: the link is cut short or damaged (ask for it again).",
  "too-large": `This share link carries more code than a block takes (over ${KB} KB), so it was not opened.`,
};

/** A notice at `place` (before it), or at the top of the page's main content. */
function notice(text: string, kind: "refused" | "waiting", place: Element | null): void {
  document.querySelector(SHARE_NOTICE)?.remove();
  const box = document.createElement("div");
  box.className = "live-notice share-notice";
  box.dataset.shareNotice = kind;
  box.setAttribute("role", kind === "refused" ? "alert" : "status");
  const message = document.createElement("p");
  message.textContent = text;
  const dismiss = document.createElement("button");
  dismiss.type = "button";
  dismiss.textContent = "Dismiss";
  dismiss.addEventListener("click", () => box.remove());
  box.append(message, dismiss);
  const main = document.querySelector("main");
  if (place) place.before(box);
  else if (main?.querySelector(":scope > header")) main.querySelector(":scope > header")!.after(box);
  else main?.prepend(box);
  box.scrollIntoView({ block: "center" });
}

/** Opens the share link `hash` on this page; `offer` hands the code to its block. */
export function openShared(hash: string, offer: (block: HTMLElement, code: string) => "shown" | "held"): void {
  const decoded = decodeShare(hash);
  const block = decoded.blockId
    ? document.querySelector<HTMLElement>(`[data-live-block="${CSS.escape(decoded.blockId)}"]`)
    : null;
  if (!decoded.ok) return notice(`${REFUSALS[decoded.reason]} ${UNCHANGED}`, "refused", block);
  if (!block) {
    const text = `This share link is for a block (“${decoded.blockId}”) that is not on this page. Nothing was changed.`;
    return notice(text, "refused", null);
  }
  document.querySelector(SHARE_NOTICE)?.remove();
  if (offer(block, decoded.code) === "held") {
    const exercise = block.closest("section") ?? block;
    const text = "The shared code is for this exercise: commit your prediction first, and it opens in the exercise.";
    notice(text, "waiting", exercise.querySelector(".exercise-prompt") ?? block);
    return;
  }
  block.scrollIntoView({ block: "start" });
}
