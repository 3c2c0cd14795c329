import { defineConfig } from "vitest/config";

/** `npm run bench`: the numerics timed against hand-written loops (printed, never asserted). */
export default defineConfig({
  test: {
    include: ["packages/numerics/bench/*.bench.ts"],
    testTimeout: 600_000,
  },
});
