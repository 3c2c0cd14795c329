import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/**
 * A Content-Security-Policy for every built page, as a `<meta http-equiv>` (which any static host
 * serves): scripts, styles, fonts and connections from the site itself only. Inline scripts are
 * allowed by their hashes, computed here from the built HTML. The live-code worker starts from a
 * `blob:` URL, so it inherits this policy: student code cannot reach another origin either.
 *
 * - `'unsafe-eval'` only on pages with live blocks: the worker runs student code with `new Function`.
 * - `'wasm-unsafe-eval'`: Pagefind's search runs in WebAssembly.
 * - `style-src 'unsafe-inline'`: the editor (Sandpack's CodeMirror) writes its styles at run time.
 */
export function policyFor(html: string): string {
  const hashes = [
    ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((m) => `'sha256-${createHash("sha256").update(m[1]!).digest("base64")}'`)
    .filter((hash, i, all) => all.indexOf(hash) === i);
  const live = html.includes("data-live-block=");
  return [
    "default-src 'self'",
    ["script-src 'self'", ...(live ? ["'unsafe-eval'"] : []), "'wasm-unsafe-eval'", ...hashes].join(" "),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** Puts the policy first in the head of an HTML page (a policy governs only what follows it). */
export function withPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`;
  return html.replace(/<head>/, `<head>${meta}`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith(".html") ? [path] : [];
  });
}

export default function contentSecurityPolicy(): AstroIntegration {
  return {
    name: "descent:content-security-policy",
    hooks: {
      "astro:build:done": ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) writeFileSync(file, withPolicy(readFileSync(file, "utf8")));
      },
    },
  };
}
