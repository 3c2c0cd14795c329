// How long a share link is for every live block of the book (its book code in the fragment, on the
// site's host under /course/), and the longest and the median: the issue asks that the longest fit in
// 2,000 characters, which chat clients and LMS fields keep whole. Printed, never asserted (the unit
// test of the codec asserts the 2,000); compared with the baseline. Run by `npm run bench`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "vitest";
import { liveBlocksOf } from "../src/lib/live-blocks";
import { shareLink } from "../src/live/share/share-link";
import { compareWithBaseline } from "./baseline";
import { BASE } from "./builds";
import { table } from "./chapters";

const ROOT = join(import.meta.dirname, "../content/chapters");
const HOST = "https://example.org";

it("measures the share link of every block", () => {
  const rows = readdirSync(ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((dir) => {
      const mdx = readFileSync(join(ROOT, dir.name, "index.mdx"), "utf8");
      const slug = /^slug:\s*([\w-]+)/m.exec(mdx)![1]!;
      return liveBlocksOf(mdx).map((block) => {
        const code = readFileSync(join(ROOT, dir.name, block.file), "utf8");
        const link = shareLink(`${HOST}${BASE}${slug}/`, block.id, code);
        return { id: block.id, code: code.length, link: link.length };
      });
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
