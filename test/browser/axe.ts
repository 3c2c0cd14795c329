// An automated WCAG 2.1 A/AA audit with axe-core, injected into the page as inline script (no network).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

export async function audit(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    // And the best practices Lighthouse's accessibility score also counts.
    const practices = await axe.run(document, {
      runOnly: { type: "rule", values: ["heading-order", "landmark-one-main", "page-has-heading-one", "region"] },
    });
    return [...result.violations, ...practices.violations].map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
    }));
  });
}
