// The builds a bench run measures: this checkout's (`dist/`, built by `npm run bench` under /course/),
// and, side by side in the same run, another build of the site when BENCH_BEFORE names its folder
// (say the code before a change: `git worktree add ../before <rev>`, build it there with
// BASE_PATH=/course/, then `BENCH_BEFORE=../before/dist npm run bench`). On a noisy machine only
// figures taken side by side, alternating, compare.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Server } from "node:http";
import { serveStatic } from "../test/browser/static-server";

export const BASE = "/course/";

export interface Build {
  /** "now", or "before" for BENCH_BEFORE's build. */
  name: string;
  dist: string;
}

export const BUILDS: Build[] = [
  { name: "now", dist: join(import.meta.dirname, "../dist") },
  ...(process.env.BENCH_BEFORE ? [{ name: "before", dist: resolve(process.env.BENCH_BEFORE) }] : []),
];
for (const build of BUILDS) {
  if (!existsSync(join(build.dist, "index.html"))) throw new Error(`bench: no build in ${build.dist}`);
}

/** Serves every build (with gzip when asked, as a static host would) and hands each its origin. */
export async function serveBuilds(options: { gzip?: boolean } = {}) {
  const served: { build: Build; origin: string; server: Server }[] = [];
  for (const build of BUILDS) served.push({ build, ...(await serveStatic(build.dist, BASE, options)) });
  return {
    served,
    close: () => served.forEach(({ server }) => server.close()),
  };
}
