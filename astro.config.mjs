// The course site. BASE_PATH and SITE_URL let an instructor host it under any sub-path:
//   BASE_PATH=/course/ SITE_URL=https://example.org npm run build
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import react from "@astrojs/react";
import { unified } from "@astrojs/markdown-remark";
import remarkMath from "remark-math";
import rehypeKatex from "rehype-katex";
import pagefind from "astro-pagefind";
import contentSecurityPolicy from "./src/integrations/content-security-policy.ts";

const base = process.env.BASE_PATH || "/";

export default defineConfig({
  base,
  site: process.env.SITE_URL || undefined,
  trailingSlash: "ignore",
  integrations: [mdx(), react(), pagefind(), contentSecurityPolicy()],
  markdown: {
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }),
  },
  vite: {
    worker: { format: "es" },
  },
});
