// A fresh copy of the project in a temporary folder, as a checkout would give it: the files git
// tracks or would track (so uncommitted work is in it, ignored output like node_modules and dist is
// not), optionally with this project's installed packages linked in instead of installed again.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const PROJECT = join(import.meta.dirname, "..");

export interface ProjectCopy {
  dir: string;
  remove(): void;
}

export function copyProject(name: string, options: { linkNodeModules?: boolean } = {}): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
    cwd: PROJECT,
    encoding: "utf8",
  })
    .split("\0")
    .filter(Boolean);
  for (const file of files) {
    try {
      cpSync(join(PROJECT, file), join(dir, file));
    } catch (error) {
      // A file deleted but not yet committed is not in the copy.
      if ((error as { code?: string }).code !== "ENOENT") throw error;
    }
  }
  if (options.linkNodeModules) {
    // Each package linked, in a node_modules of the copy's own: the caches that tools keep there
    // (Astro's content store in .astro, Vite's in .vite) stay the copy's.
    mkdirSync(join(dir, "node_modules"));
    for (const name of readdirSync(join(PROJECT, "node_modules")))
      if (!name.startsWith(".") || name === ".bin")
        symlinkSync(join(PROJECT, "node_modules", name), join(dir, "node_modules", name));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The environment a command in a copy runs with: this machine's (PATH, HOME, locale, temporary folder)
 * and nothing of the test run's own (vitest sets NODE_ENV=test, which changes what a build writes).
 */
export function machineEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const keep = ["PATH", "HOME", "USER", "LANG", "LC_ALL", "TMPDIR", "SHELL", "CI"];
  return {
    ...Object.fromEntries(keep.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]])),
    ASTRO_TELEMETRY_DISABLED: "1",
    ...extra,
  };
}
