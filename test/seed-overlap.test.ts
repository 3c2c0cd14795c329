// The chapters must tell the source documents in the project's own words: the shared tool lists any
// run of 9+ words copied from them. It lives in ../shared beside the repository (as in CI).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const tool = join(root, "../shared/tools/seed-overlap");

describe("the chapters' prose", () => {
  it.skipIf(!existsSync(tool))(
    "shares no run of 9+ words with the source documents (../shared/tools/seed-overlap not found here)",
    () => {
      let output: string;
      try {
        output = execFileSync("python3", [tool, "content", "src"], { cwd: root, encoding: "utf8" });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout ?? error);
      }
      expect(output.trim().split("\n").at(-1)).toBe("0 run(s) of 9+ words shared with the source documents");
    },
  );
});
