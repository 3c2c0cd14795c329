// The course site. BASE_PATH and SITE_URL let an instructor host it under any sub-path:
//   BASE_PATH=/course/ SITE_URL=https://example.org npm run build
// With SITE_URL, pages carry their canonical address and the build writes a sitemap.
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import react from "@astrojs/react";
import sitemap from "@astrojs/sitemap";
import { unified } from "@astrojs/markdown-remark";
import remarkMath from "remark-math";
import rehypeKatex from "rehype-katex";
import rehypeEquations from "./src/markdown/rehype-equations.ts";
import rehypeCrossReferences from "./src/markdown/rehype-cross-references.ts";
import pagefind from "astro-pagefind";
import contentSecurityPolicy from "./src/integrations/content-security-policy.ts";
import bookCheck from "./src/book/integration.ts";
import { CHAPTERS_FOLDER } from "./src/book/folders.ts";

const base = process.env.BASE_PATH || "/";
const site = process.env.SITE_URL || undefined;
const chapters = fileURLToPath(new URL(`./${CHAPTERS_FOLDER}`, import.meta.url));

export default defineConfig({
  base,
  site,
  trailingSlash: "ignore",
  integrations: [
    // First: a book with a problem stops here, with the problem named, before anything is built.
    bookCheck({ root: chapters, pages: [fileURLToPath(new URL("./content/notation.mdx", import.meta.url))] }),
    mdx(),
    react(),
    pagefind(),
    contentSecurityPolicy(),
    // An embedded block's page repeats its chapter's (its canonical address): the sitemap lists the chapter.
    ...(site
      ? [sitemap({ filter: (page) => !new URL(page).pathname.startsWith(`${base.replace(/\/$/, "")}/embed/`) })]
      : []),
  ],
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [
        [rehypeKatex, { output: "mathml" }],
        rehypeEquations,
        [rehypeCrossReferences, { root: chapters }],
      ],
    }),
  },
  vite: {
    worker: { format: "es" },
    build: {
      rolldownOptions: {
        output: {
          // The live runtime, fetched when a reader first reaches for a block, in a few chunks of its
          // parts (each under the 500 KB that Vite warns about) rather than one.
          codeSplitting: {
            groups: [
              // Vite's small preload helper, which the page's first script needs: a chunk of its own,
              // or it would land in a group that imports it (and the editor load with the page).
              { name: "preload-helper", test: /preload-helper/, priority: 10 },
              { name: "live-lezer", test: /node_modules[\\/]@lezer[\\/]/, priority: 2 },
              { name: "live-codemirror", test: /node_modules[\\/]@codemirror[\\/]/, priority: 1 },
              { name: "live-sandpack", test: /node_modules[\\/]@codesandbox[\\/]sandpack-react[\\/]/ },
              { name: "live-chart", test: /node_modules[\\/]chart\.js/ },
            ],
          },
        },
        onwarn(warning, warn) {
          // Astro's own marker in compiled MDX, which the bundler cannot know; it is handled by Astro.
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes("astro:head-inject")) return;
          warn(warning);
        },
      },
    },
  },
});
