import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts", "content/**/*.test.ts", "test/*.test.ts", "src/**/*.test.{ts,tsx}"],
  },
});
