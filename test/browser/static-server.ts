import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

/** Text types a static host compresses. */
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".svg", ".json", ".txt"]);

/**
 * Serves a built site from `root` under the sub-path `base` (e.g. "/course/"), as a static host
 * would: index.html for folders, the site's 404.html with status 404 for anything else; with `gzip`,
 * text compressed for clients that accept it (as the bench's Lighthouse runs need).
 */
export function serveStatic(
  root: string,
  base: string,
  options: { gzip?: boolean } = {},
): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file: string | undefined;
    if (path.startsWith(base)) {
      const relative = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, "");
      const candidate = join(root, relative);
      if (existsSync(candidate) && statSync(candidate).isDirectory()) file = join(candidate, "index.html");
      else file = candidate;
      if (!existsSync(file) || !statSync(file).isFile()) file = undefined;
    }
    if (!file) {
      res.writeHead(404, { "content-type": TYPES[".html"] });
      createReadStream(join(root, "404.html")).pipe(res);
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    // Astro names what it bundles by its content's hash: a host lets browsers keep those files.
    const cache: Record<string, string> = path.startsWith(`${base}_astro/`)
      ? { "cache-control": "public, max-age=31536000, immutable" }
      : {};
    if (options.gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers["accept-encoding"]))) {
      res.writeHead(200, { "content-type": type, "content-encoding": "gzip", vary: "accept-encoding", ...cache });
      res.end(gzipSync(readFileSync(file)));
      return;
    }
    res.writeHead(200, { "content-type": type, ...cache });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    }),
  );
}
