import { sitePath } from "../../lib/paths";
import { encodeShare, shareLink } from "./share-link";

/**
 * What a block's menu copies: a link to the block with its code, and the HTML that embeds the block in
 * another page. Code equal to the book's travels as a plain anchor (the link opens the book's version).
 */

/** The link to block `block` (its element) on this page, carrying `code` when it is not the book's. */
export function linkTo(block: HTMLElement, code: string, bookCode: string): string {
  const blockId = block.dataset.liveBlock!;
  if (code !== bookCode) return shareLink(location.href, blockId, code);
  const url = new URL(location.href);
  url.hash = block.id;
  return url.href;
}

/** The address of the block's embed page, with `code` in its fragment when it is not the book's. */
export function embedAddress(blockId: string, code: string, bookCode: string): string {
  const page = new URL(sitePath(`embed/${blockId}/`), location.origin).href;
  return code === bookCode ? page : `${page}${encodeShare(blockId, code)}`;
}

const attribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * The iframe that embeds the block in a slide or a course page: 16:9 by default, no wider than its
 * column; `allow="clipboard-write"` lets the embedded menu copy links.
 */
export function embedCode(blockId: string, title: string, code: string, bookCode: string): string {
  return (
    `<iframe src="${attribute(embedAddress(blockId, code, bookCode))}" title="${attribute(title)}" ` +
    `width="960" height="540" style="border: 0; max-width: 100%" loading="lazy" allow="clipboard-write"></iframe>`
  );
}

/** Puts `text` on the clipboard; false when the browser refuses (the menu then shows it to copy by hand). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
