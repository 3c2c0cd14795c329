// How long a share link is for every live block of the book (its book code in the fragment, on the
// site's host under /course/), and the longest and the median: the issue asks that the longest fit in
// 2,000 characters, which chat clients and LMS fields keep whole. Printed, never asserted (the unit
// test of the codec asserts the 2,000); compared with the baseline. Run by `npm run bench`.
import { it } from "vitest";
import { liveBlocks } from "../src/book/live-blocks.ts";
import { shareLink } from "../src/live/share/share-link";
import { compareWithBaseline } from "./baseline";
import { BASE } from "./builds";
import { BOOK, table } from "./chapters";

const HOST = "https://example.org";

it("measures the share link of every block", () => {
  const rows = liveBlocks(BOOK)
    .map((block) => {
      const link = shareLink(`${HOST}${BASE}${block.chapter.slug}/`, block.id, block.code);
      return { id: block.id, code: block.code.length, link: link.length };
    })
    .sort((a, b) => b.link - a.link);
  const lengths = rows.map((r) => r.link).sort((a, b) => a - b);
  const longest = lengths.at(-1)!;
  const median = lengths[lengths.length >> 1]!;
  console.log(
    `\nshare links of the book's blocks (book code, ${HOST}${BASE}…, DEFLATE + base64url)\n` +
      table(
        ["block", "code (chars)", "link (chars)"],
        rows.map((r) => [r.id, String(r.code), String(r.link)]),
      ) +
      `\n${rows.length} blocks: longest link ${longest} characters, median ${median}\n\n` +
      compareWithBaseline("share links", {
        "longest link": { value: longest, better: "lower" },
        "median link": { value: median, better: "lower" },
      }),
  );
});
