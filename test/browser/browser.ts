import { existsSync } from "node:fs";
import { afterAll, beforeAll } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";

/** Debian's Chromium unless CHROMIUM_PATH says otherwise; never a browser downloaded by a test tool. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export async function launchChromium(executablePath = CHROMIUM_PATH): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `The browser tests need Chromium at ${executablePath}, and it is not there.\n` +
        `Install Debian's package:  sudo apt-get update && sudo apt-get install -y chromium\n` +
        `or point CHROMIUM_PATH at a Chromium or Chrome binary.`,
    );
  }
  return chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** What a page did on the network and in its console, for assertions. */
export interface PageRecord {
  requests: string[];
  /** Requests to anywhere but the page's own origin (`data:` and `blob:` URLs are the page's own). */
  readonly foreign: string[];
  failed: string[];
  errors: string[];
}

export function record(page: Page): PageRecord {
  const log: PageRecord = {
    requests: [],
    get foreign() {
      const origin = new URL(page.url()).origin;
      return this.requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
    },
    failed: [],
    errors: [],
  };
  page.on("request", (r) => log.requests.push(r.url()));
  page.on("requestfailed", (r) => log.failed.push(`${r.url()} (${r.failure()?.errorText})`));
  page.on("console", (m) => {
    if (m.type() === "error") log.errors.push(m.text());
  });
  page.on("pageerror", (e) => log.errors.push(e.message));
  return log;
}

/** Launches Chromium once for the calling test file and closes it afterwards; returns a getter. */
export function chromiumForThisFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}
