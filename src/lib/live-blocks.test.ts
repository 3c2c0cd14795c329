import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { liveBlocksOf } from "./live-blocks";

const root = join(import.meta.dirname, "../../content/chapters");

describe("the live blocks of a chapter", () => {
  it("are its LiveCode figures and its exercises with code, with their files, numbers and anchors", () => {
    const mdx = [
      'import a from "./a.ts?raw";',
      'import ex from "./ex-b.ts?raw";',
      'import exCheck from "./ex-b.check.ts?raw";',
      "",
      '<LiveCode id="ch9-a" code={a}>',
      "",
      "**Figure 9.1.** A caption.",
      "",
      "</LiveCode>",
      '<Exercise id="ch9-derive" number="9.1" kind="derive">',
      '<Exercise id="ch9-b" number="9.2" kind="compute" code={ex} check={exCheck}>',
      '<LiveCode id="ch9-plain" code={a}>',
      "</LiveCode>",
    ].join("\n");
    expect(liveBlocksOf(mdx)).toEqual([
      { id: "ch9-a", kind: "figure", number: "9.1", file: "a.ts", anchor: "figure-ch9-a" },
      { id: "ch9-b", kind: "exercise", number: "9.2", file: "ex-b.ts", check: "ex-b.check.ts", anchor: "exercise-9-2" },
      { id: "ch9-plain", kind: "figure", file: "a.ts", anchor: "figure-ch9-plain" },
    ]);
  });

  it("finds every block of the book: one per LiveCode, one per exercise with code", () => {
    for (const chapter of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const mdx = readFileSync(join(root, chapter.name, "index.mdx"), "utf8");
      const blocks = liveBlocksOf(mdx);
      const liveCodes = mdx.match(/^<LiveCode /gm)?.length ?? 0;
      const withCode = mdx.match(/^<Exercise [^\n]*code=\{/gm)?.length ?? 0;
      expect(blocks.length, chapter.name).toBe(liveCodes + withCode);
      for (const block of blocks)
        expect(readFileSync(join(root, chapter.name, block.file), "utf8").length).toBeGreaterThan(0);
    }
  });
});
