import { join } from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { deflateSync } from "fflate";
import { describe, expect, it } from "vitest";
import { liveBlocks, readBook } from "../../book";
import { decodeShare, encodeShare, inflateBounded, MAX_SHARED_CODE_BYTES, shareLink } from "./share-link";

/** Every block of the book with its chapter's slug and its code. */
const bookBlocks = liveBlocks(readBook(join(import.meta.dirname, "../../../content/chapters"))).map((b) => ({
  ...b,
  slug: b.chapter.slug,
}));

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");

describe("a share link", () => {
  it("gives back every block's code exactly, and any text (Unicode, empty)", () => {
    expect(bookBlocks.length).toBeGreaterThanOrEqual(20);
    for (const { id, code } of bookBlocks)
      expect(decodeShare(encodeShare(id, code))).toEqual({ ok: true, blockId: id, code });
    for (const code of ["", "const θ = 0.5; // η → 0, 𝓛(θ) 🙂", "\u0000\r\n\t"])
      expect(decodeShare(encodeShare("b", code))).toEqual({ ok: true, blockId: "b", code });
  });

  it("is raw DEFLATE in base64url, as any other implementation (Node's zlib) writes and reads it", () => {
    const code = "const θ0 = 1.2; // start θ₀\n".repeat(20);
    const fromZlib = `#share/1/ch2-gd-vs-flow/${b64url(deflateRawSync(Buffer.from(code, "utf8")))}`;
    expect(decodeShare(fromZlib)).toEqual({ ok: true, blockId: "ch2-gd-vs-flow", code });
    const payload = encodeShare("b", code).split("/").at(-1)!;
    expect(inflateRawSync(Buffer.from(payload, "base64url")).toString("utf8")).toBe(code);
  });

  it("is the page's URL with the fragment in place of its own, and names the block", () => {
    const link = shareLink("https://example.org/course/modified-loss/#eq-2-7", "ch2-gd-vs-flow", "x");
    expect(link.startsWith("https://example.org/course/modified-loss/#share/1/ch2-gd-vs-flow/")).toBe(true);
    expect(decodeShare(new URL(link).hash)).toEqual({ ok: true, blockId: "ch2-gd-vs-flow", code: "x" });
  });

  it("for the book's longest snippet fits in 2,000 characters on the site's host", () => {
    const lengths = bookBlocks.map((b) => shareLink(`https://example.org/course/${b.slug}/`, b.id, b.code).length);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(2000);
  });

  it("is refused when it is of another version or not one of ours", () => {
    const good = encodeShare("b", "const eta = 0.5;");
    const payload = good.split("/").at(-1)!;
    expect(decodeShare(good.replace("#share/1/", "#share/2/"))).toEqual({ ok: false, reason: "version" });
    for (const hash of [
      "#figure-ch2-gd-vs-flow",
      "#share/",
      "#share/x/b/" + payload,
      "#share/1/b",
      "#share/1/b/" + payload + "/more",
      "#share/1/bad id/" + payload,
      "#share/1/b/" + payload.slice(0, 8) + "*" + payload.slice(9),
    ])
      expect(decodeShare(hash), hash).toMatchObject({ ok: false, reason: "not-ours" });
    // Valid base64url that is not DEFLATE data (a hand-written header of a reserved block type 3).
    expect(decodeShare("#share/1/b/" + b64url(new Uint8Array([0x07, 0x00])))).toMatchObject({
      ok: false,
      reason: "damaged",
      blockId: "b",
    });
  });

  it("is refused as damaged when cut short anywhere, never decoded to other code", () => {
    const accepted: string[] = [];
    for (const { id, code } of bookBlocks.slice(0, 4)) {
      const full = encodeShare(id, code);
      for (let end = full.lastIndexOf("/") + 1; end < full.length; end++) {
        const decoded = decodeShare(full.slice(0, end));
        if (decoded.ok || decoded.reason !== "damaged" || decoded.blockId !== id) accepted.push(`${id} cut at ${end}`);
      }
    }
    expect(accepted).toEqual([]);
  });

  it("is refused as damaged when it inflates to bytes that are not UTF-8 text", () => {
    const hash = "#share/1/b/" + b64url(deflateSync(new Uint8Array([0xff, 0xfe, 0xc3])));
    expect(decodeShare(hash)).toEqual({ ok: false, reason: "damaged", blockId: "b" });
  });

  it("refuses a zip bomb once it has inflated past the bound, before it allocates megabytes", () => {
    const bomb = deflateSync(new Uint8Array(20_000_000)); // 20 MB of zeros in 19.5 KB
    const bounded = inflateBounded(bomb, MAX_SHARED_CODE_BYTES);
    expect(bounded).toMatchObject({ ok: false, reason: "too-large" });
    // Each 64 bytes fed in inflate to at most 64 × 1032 bytes: it stopped within one step of the bound.
    expect(!bounded.ok && bounded.inflated).toBeLessThanOrEqual(MAX_SHARED_CODE_BYTES + 64 * 1032);
    expect(decodeShare("#share/1/b/" + b64url(bomb))).toEqual({ ok: false, reason: "too-large", blockId: "b" });
    // Code just over the bound, compressed well, is refused too; code at the bound is not.
    expect(decodeShare(encodeShare("b", "x".repeat(MAX_SHARED_CODE_BYTES + 1)))).toMatchObject({ reason: "too-large" });
    expect(decodeShare(encodeShare("b", "x".repeat(MAX_SHARED_CODE_BYTES)))).toMatchObject({ ok: true });
    // A fragment longer than any accepted code could compress to is refused before decoding.
    expect(decodeShare("#share/1/b/" + "A".repeat(200_000))).toEqual({ ok: false, reason: "too-large", blockId: "b" });
  });
});
