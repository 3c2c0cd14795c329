// An automated WCAG 2.1 A/AA audit (axe-core, injected into the page as inline script: no network)
// of every page, with the live blocks mounted, in the light and the dark theme. One test a page, so a
// chapter added to the book adds its own tests (and its own time).
import { describe, expect, inject, it } from "vitest";
import { reachForAll } from "./blocks";
import { audit } from "./axe";
import { chromiumForThisFile } from "./browser";
import { PAGES } from "./pages";

const origin = inject("origin");
const BASE = "/course/";

const chromium = chromiumForThisFile();

describe("accessibility (axe-core, WCAG 2.1 A and AA)", () => {
  for (const path of PAGES) {
    it(`finds no violation on ${BASE}${path} as read without JavaScript (the site's scripts blocked)`, async () => {
      const context = await chromium().newContext({ viewport: { width: 1280, height: 900 } });
      await context.route(/\.js(\?.*)?$/, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${origin}${BASE}${path}`);
      expect(await page.locator(".live-block").count(), path).toBe(0); // nothing of the site's JS ran
      const violations = await audit(page);
      expect(violations, `no-JS ${BASE}${path}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
      await context.close();
    });
  }

  for (const scheme of ["light", "dark"] as const) {
    for (const path of PAGES) {
      it(`finds no violation on ${BASE}${path} in the ${scheme} theme, static and live`, async () => {
        const context = await chromium().newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${origin}${BASE}${path}`, { waitUntil: "networkidle" });
        // As a reader first sees it (nothing live yet), then with every block brought alive.
        const before = await audit(page);
        expect(before, `${scheme} ${BASE}${path}, static: ${JSON.stringify(before, null, 1)}`).toEqual([]);
        await reachForAll(page);
        const violations = await audit(page);
        expect(violations, `${scheme} ${BASE}${path}, live: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
        await context.close();
      });
    }
  }
});
