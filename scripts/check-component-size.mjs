// No component file of the site over 150 lines: a component that grows past that carries more than
// one concern, and its concerns belong in hooks or components of their own. Run by `npm run lint`.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

const MAX_LINES = 150;
const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "src"], {
  encoding: "utf8",
})
  .split("\n")
  .filter((f) => /\.(tsx|astro)$/.test(f) && !/\.test\.tsx$/.test(f) && existsSync(f));
const long = files
  .map((file) => ({ file, lines: readFileSync(file, "utf8").trimEnd().split("\n").length }))
  .filter(({ lines }) => lines > MAX_LINES);
if (long.length) {
  console.error(
    `Component files over ${MAX_LINES} lines (split a concern into a hook or a component of its own):\n` +
      long.map(({ file, lines }) => `${file}: ${lines} lines`).join("\n"),
  );
  process.exit(1);
}
