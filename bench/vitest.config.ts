import { defineConfig } from "vitest/config";

/** `npm run bench`: the numerics against hand-written loops, then edit-to-redraw in Chromium. */
export default defineConfig({
  test: {
    include: ["packages/numerics/bench/*.bench.ts", "bench/*.ts"],
    exclude: ["bench/vitest.config.ts", "bench/chapters.ts", "bench/builds.ts", "bench/baseline.ts"],
    fileParallelism: false,
    testTimeout: 600_000,
  },
});
