import { describe, expect, it } from "vitest";
import { launchChromium } from "./browser/browser";

describe("the browser tests without Chromium", () => {
  it("stop with a message saying how to install it, rather than skipping", async () => {
    await expect(launchChromium("/nonexistent/chromium")).rejects.toThrow(
      /Chromium at \/nonexistent\/chromium.*\n.*apt-get install -y chromium\n.*CHROMIUM_PATH/,
    );
  });
});
