/**
 * robots.txt: every page may be read, and where the site's address is known (SITE_URL), the sitemap
 * is named. Crawlers read robots.txt only at a host's root: under a sub-path it serves as a pointer.
 */
import type { APIRoute } from "astro";
import { sitePath } from "../lib/paths";

export const GET: APIRoute = ({ site }) => {
  const lines = ["User-agent: *", "Allow: /"];
  if (site) lines.push(`Sitemap: ${new URL(sitePath("sitemap-index.xml"), site).href}`);
  return new Response(`${lines.join("\n")}\n`, { headers: { "content-type": "text/plain; charset=utf-8" } });
};
