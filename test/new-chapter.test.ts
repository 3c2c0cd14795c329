// A chapter added as a folder, in a fresh copy of the project: `npm run new -- chapter …` writes one
// folder and changes nothing else; the site built from the copy lists the chapter in the sidebar and on
// the home page, indexes it for search, and the browser tests (the accessibility audit among them)
// visit it; its exercise's check fails the book's tests, saying it is not written, until it is written.
// And a book with a problem stops the build with the problem named, without a stack trace.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { copyProject, machineEnvironment, type ProjectCopy } from "./project-copy";
import { readBook } from "../src/book";

const SLUG = "fixture-topic";
const TITLE = "A fixture chapter";

let project: ProjectCopy | undefined;
afterAll(() => project?.remove());

/** Every file under `dir` (node_modules aside) with a hash of its bytes. */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      if (name === "node_modules") continue;
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), createHash("sha256").update(readFileSync(path)).digest("hex"));
    }
  };
  walk(dir);
  return out;
}

/** Runs `command` in the copy; its exit status and everything it printed. */
function run(dir: string, command: string, args: string[]) {
  const env = machineEnvironment();
  const result = spawnSync(command, args, { cwd: dir, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
const astroBuild = (dir: string) => run(dir, process.execPath, ["node_modules/astro/bin/astro.mjs", "build"]);
/** The book's tests in the copy whose names match `only` (a regular expression, as vitest's -t takes it). */
const bookTest = (dir: string, only: string) =>
  run(dir, process.execPath, ["node_modules/vitest/vitest.mjs", "run", "content/chapters/book.test.ts", "-t", only]);

describe("a chapter added as a folder", () => {
  it("is scaffolded by `npm run new`, builds, is listed, searched, tested everywhere, and fails until written", () => {
    project = copyProject("new-chapter", { linkNodeModules: true });
    const dir = project.dir;
    const chapters = join(dir, "content/chapters");
    const before = files(dir);
    const number = Math.max(...readBook(chapters).chapters.map((c) => c.number)) + 1;
    const folder = `${String(number).padStart(2, "0")}-${SLUG}`;

    // One command, one new folder, nothing else changed.
    const made = run(dir, "npm", ["run", "--silent", "new", "--", "chapter", SLUG, TITLE]);
    expect(made.status, made.output).toBe(0);
    const after = files(dir);
    const changed = [...after.keys()].filter((f) => before.get(f) !== after.get(f));
    expect(
      [...before.keys()].filter((f) => !after.has(f)),
      "files removed",
    ).toEqual([]);
    expect(
      changed.every((f) => f.startsWith(`content/chapters/${folder}/`)),
      changed.join(", "),
    ).toBe(true);
    expect(changed.length).toBeGreaterThanOrEqual(5);
    // Its files keep the project's style (the lint step of `npm test`).
    const style = run(dir, process.execPath, [
      "node_modules/prettier/bin/prettier.cjs",
      "--check",
      `content/chapters/${folder}`,
    ]);
    expect(style.status, style.output).toBe(0);

    const book = readBook(chapters);
    const added = book.chapters.at(-1)!;
    expect([added.number, added.slug, added.title, added.folder]).toEqual([number, SLUG, TITLE, folder]);

    // A book with a problem: the build stops before building, naming the file, the line and the field.
    const page = join(chapters, folder, "index.mdx");
    const written = readFileSync(page, "utf8");
    const taken = book.chapters[0]!.blocks[0]!;
    writeFileSync(page, written.replace(`id="ch${number}-first-figure"`, `id="${taken.id}"`));
    const clash = astroBuild(dir);
    expect(clash.status, clash.output).not.toBe(0);
    expect(clash.output).toMatch(
      new RegExp(
        `content/chapters/${folder}/index\\.mdx:\\d+: the block id "${taken.id}" is used twice: ` +
          `also at content/chapters/${book.chapters[0]!.folder}/index\\.mdx:${taken.line}`,
      ),
    );
    expect(clash.output).not.toMatch(/Stack trace|^\s+at /m);
    writeFileSync(page, written);

    // Built (without SITE_URL: no sitemap, and robots.txt names none).
    const build = astroBuild(dir);
    expect(build.status, build.output).toBe(0);
    const dist = join(dir, "dist");
    const html = (path: string) => readFileSync(join(dist, path), "utf8");
    expect(html(`${SLUG}/index.html`)).toContain(`<h1>${TITLE}</h1>`);
    // In the sidebar of every chapter's page, and on the home page, with its exercise counted.
    for (const chapter of book.chapters) {
      const sidebar = /<nav class="chapter-sidebar"[\s\S]*?<\/nav>/.exec(html(`${chapter.slug}/index.html`))![0];
      expect(sidebar, chapter.slug).toContain(`href="/${SLUG}/"`);
      expect(sidebar, chapter.slug).toContain(TITLE);
    }
    const home = /<ol class="home-chapters"[\s\S]*?<\/ol>/.exec(html("index.html"))![0];
    expect(home).toMatch(
      new RegExp(`href="/${SLUG}/"[\\s\\S]*${TITLE}[\\s\\S]*data-exercises="ch${number}-first-exercise"`),
    );
    // In the search index: Pagefind's page fragments (gzip, after a signature) name the page.
    const indexed = readdirSync(join(dist, "pagefind/fragment")).map((f) => {
      const data = gunzipSync(readFileSync(join(dist, "pagefind/fragment", f))).toString("utf8");
      return (JSON.parse(data.slice(data.indexOf("{"))) as { url: string }).url;
    });
    expect(indexed).toContain(`/${SLUG}/`);
    expect(indexed).toHaveLength(book.chapters.length);
    expect(existsSync(join(dist, "sitemap-index.xml"))).toBe(false);
    expect(html("robots.txt")).toBe("User-agent: *\nAllow: /\n");

    // The browser tests' page list, as the copy's own test/browser/pages.ts gives it (read by plain Node),
    // is every page the build made; the accessibility audit, like the other browser tests, takes it from there.
    const listed = execFileSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        'const m = await import("./test/browser/pages.ts"); console.log(JSON.stringify(m.PAGES))',
      ],
      { cwd: dir, encoding: "utf8" },
    );
    const pages = JSON.parse(listed) as string[];
    const built = readdirSync(dist)
      .filter((d) => existsSync(join(dist, d, "index.html")))
      .map((d) => `${d}/`);
    expect([...pages].sort()).toEqual(["", ...built].sort());
    expect(pages).toContain(`${SLUG}/`);
    expect(readFileSync(join(dir, "test/browser/accessibility.test.ts"), "utf8")).toMatch(
      /import \{ PAGES \} from "\.\/pages";[\s\S]*for \(const path of PAGES\)/,
    );

    // Its exercise fails the book's tests, saying its check is not written; written, it passes.
    const exercise = `${number}\\.1 \\(compute\\)`;
    const unwritten = bookTest(dir, exercise);
    expect(unwritten.status, unwritten.output).not.toBe(0);
    expect(unwritten.output).toContain(`Exercise ${number}.1's check is not written yet`);
    writeFileSync(
      join(chapters, folder, "ex-first-exercise.check.ts"),
      `// GD on θ²/2 converges exactly when |1 − η| < 1, that is 0 < η < 2.
export default function check({ eta }: { eta?: unknown }) {
  if (typeof eta !== "number") return { solved: false, message: "Export the step size as eta, a number." };
  if (eta <= 0 || eta >= 2) return { solved: false, message: \`η = \${eta} does not converge: |1 − η| ≥ 1.\`, hint: 1 };
  return { solved: true, message: \`η = \${eta} converges: |1 − η| = \${Math.abs(1 - eta)} < 1.\` };
}
`,
    );
    const done = bookTest(dir, exercise);
    expect(done.status, done.output).toBe(0);
    expect(done.output).toMatch(/1 passed/);

    // Removing a chapter is removing its folder; a mention of its figure left elsewhere stops the build, named.
    appendFileSync(join(dir, "content/notation.mdx"), `\nFigure ${number}.1 draws it.\n`);
    rmSync(join(chapters, folder), { recursive: true });
    const dangling = astroBuild(dir);
    expect(dangling.status, dangling.output).not.toBe(0);
    expect(dangling.output).toMatch(
      new RegExp(
        `content/notation\\.mdx:\\d+: "Figure ${number}\\.1" is mentioned, and the book has no Figure ${number}\\.1`,
      ),
    );
    expect(dangling.output).not.toMatch(/Stack trace|^\s+at /m);
  }, 600_000);
});
