// No line of the project's source wider than Prettier's printWidth: Prettier cannot break a long
// string or comment, so this says where one was left. Run by `npm run lint`.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

const { printWidth } = JSON.parse(readFileSync(new URL("../.prettierrc.json", import.meta.url), "utf8"));
const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { encoding: "utf8" })
  .split("\n")
  .filter((f) => /\.(ts|tsx|js|mjs|astro|css)$/.test(f) && existsSync(f));
const long = [];
for (const file of files) {
  readFileSync(file, "utf8")
    .split("\n")
    .forEach(
      (line, i) => [...line].length > printWidth && long.push(`${file}:${i + 1}: ${[...line].length} characters`),
    );
}
if (long.length) {
  console.error(`Lines wider than ${printWidth} characters (Prettier's printWidth):\n${long.join("\n")}`);
  process.exit(1);
}
