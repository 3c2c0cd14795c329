// Builds the site (as `astro build` does, with the same environment) and keeps what the build printed
// in dist/build-output.txt, so a test can check the build printed no warning. Exits as the build did.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const astro = join(dirname(createRequire(import.meta.url).resolve("astro/package.json")), "bin", "astro.mjs");
const build = spawnSync(process.execPath, [astro, "build"], { encoding: "utf8", env: process.env });
const output = `${build.stdout ?? ""}${build.stderr ?? ""}`;
process.stdout.write(output);
if (build.status === 0) writeFileSync("dist/build-output.txt", output);
process.exit(build.status ?? 1);
