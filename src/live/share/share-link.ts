import { deflateSync, Inflate } from "fflate";
import { SHARE_PREFIX } from "./fragment";

/**
 * A block's code carried in a link's fragment: `#share/1/<block id>/<code>`, the code as UTF-8,
 * compressed with DEFLATE (fflate, level 9) and written in base64url. DEFLATE gave the shorter links
 * for the book's 37 snippets (median 942 characters of code against lz-string's 1,196; the longest
 * snippet 1,804 against 2,353), and it can be decoded within a bound.
 *
 * A fragment is untrusted input: it is refused, with its reason, when it is of another version, not
 * one of ours, cut short or damaged, or when its code would be larger than any block's (a "zip bomb"
 * is stopped once it has inflated past the bound, before it allocates megabytes).
 */

/** The fragment's format; a link of another version is refused, never guessed at. */
export const SHARE_VERSION = "1";
/** The most code a link may carry, in UTF-8 bytes: 30 times the book's longest snippet. */
export const MAX_SHARED_CODE_BYTES = 100_000;
/** The longest code part accepted before decoding: what the largest code could compress to, and more. */
const MAX_PAYLOAD_CHARS = Math.ceil((MAX_SHARED_CODE_BYTES * 1.01 + 64) * (4 / 3));
/** Compressed bytes handed to the inflater at a time: each can inflate to at most 1032 times its size. */
const INFLATE_STEP = 64;
/** A block's id, as LiveCode's ids are written (the same as a work file accepts). */
const BLOCK_ID = /^[\w.-]{1,100}$/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

export type ShareRefusal = "version" | "not-ours" | "damaged" | "too-large";

export type DecodedShare =
  | { ok: true; blockId: string; code: string }
  /** Refused; `blockId` when the fragment names a block. */
  | { ok: false; reason: ShareRefusal; blockId?: string };

function toBase64url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The bytes of base64url text; undefined when it is not base64url, "cut" when it ends mid-byte. */
function fromBase64url(text: string): Uint8Array | "cut" | undefined {
  if (!BASE64URL.test(text)) return undefined;
  if (text.length % 4 === 1) return "cut";
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The fragment that carries `code` for block `blockId`. */
export function encodeShare(blockId: string, code: string): string {
  const compressed = deflateSync(new TextEncoder().encode(code), { level: 9 });
  return `${SHARE_PREFIX}${SHARE_VERSION}/${blockId}/${toBase64url(compressed)}`;
}

/**
 * Raw DEFLATE data inflated to at most `limit` bytes, fed to fflate's streaming inflater a little at a
 * time so that what it inflates is counted as it goes; `inflated` is how much it produced (for the
 * tests: a refused bomb stops just past the limit).
 */
export function inflateBounded(
  compressed: Uint8Array,
  limit: number,
): { ok: true; bytes: Uint8Array } | { ok: false; reason: "damaged" | "too-large"; inflated: number } {
  const chunks: Uint8Array[] = [];
  let inflated = 0;
  const inflater = new Inflate((chunk) => {
    inflated += chunk.length;
    if (inflated <= limit) chunks.push(chunk);
  });
  if (compressed.length === 0) return { ok: false, reason: "damaged", inflated };
  try {
    for (let at = 0; at < compressed.length; at += INFLATE_STEP) {
      const end = Math.min(at + INFLATE_STEP, compressed.length);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
      if (inflated > limit) return { ok: false, reason: "too-large", inflated };
    }
  } catch {
    return { ok: false, reason: "damaged", inflated }; // cut short, or not DEFLATE data
  }
  const bytes = new Uint8Array(inflated);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { ok: true, bytes };
}

/** The block and code a fragment carries, or why it is refused. */
export function decodeShare(hash: string): DecodedShare {
  if (!hash.startsWith(SHARE_PREFIX)) return { ok: false, reason: "not-ours" };
  const [version, blockId, payload, ...rest] = hash.slice(SHARE_PREFIX.length).split("/");
  if (version !== SHARE_VERSION) return { ok: false, reason: /^\d+$/.test(version ?? "") ? "version" : "not-ours" };
  if (blockId === undefined || !BLOCK_ID.test(blockId) || payload === undefined || rest.length > 0)
    return { ok: false, reason: "not-ours" };
  const named = { blockId };
  if (payload.length > MAX_PAYLOAD_CHARS) return { ok: false, reason: "too-large", ...named };
  const compressed = fromBase64url(payload);
  if (!compressed) return { ok: false, reason: "not-ours", ...named };
  if (compressed === "cut") return { ok: false, reason: "damaged", ...named };
  const inflated = inflateBounded(compressed, MAX_SHARED_CODE_BYTES);
  if (!inflated.ok) return { ok: false, reason: inflated.reason, ...named };
  try {
    const code = new TextDecoder("utf-8", { fatal: true }).decode(inflated.bytes);
    return { ok: true, blockId, code };
  } catch {
    return { ok: false, reason: "damaged", ...named }; // inflated, but not text
  }
}

/** The link that opens `page` (a URL, its fragment replaced) at block `blockId` with `code` in it. */
export function shareLink(page: string, blockId: string, code: string): string {
  const url = new URL(page);
  url.hash = "";
  return `${url.href.replace(/#$/, "")}${encodeShare(blockId, code)}`;
}
