import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { serveStatic } from "./static-server";

export const BASE = "/course/";
const DIST = join(import.meta.dirname, "../../dist");

/** Serves the production build under /course/ for the browser tests (built by `npm run test:build`). */
export default async function setup(project: TestProject) {
  const index = join(DIST, "index.html");
  if (!existsSync(index) || !readFileSync(index, "utf8").includes(`${BASE}_astro/`)) {
    throw new Error(
      `The browser tests need the site built under ${BASE}: ` +
        `run \`npm run test:build\` first (BASE_PATH=${BASE} astro build).`,
    );
  }
  const { server, origin } = await serveStatic(DIST, BASE);
  project.provide("origin", origin);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module "vitest" {
  export interface ProvidedContext {
    origin: string;
  }
}
