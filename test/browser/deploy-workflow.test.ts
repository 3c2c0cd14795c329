// The GitHub Pages workflow (.github/workflows/pages.yml), run here step by step in a fresh copy of the
// project: checkout (the copy), setup-node (this Node, which must be .nvmrc's), configure-pages (its
// outputs for the README's example address, https://example.org/course/), every `run:` step as written
// (npm ci, the build), then the artifact it uploads. That artifact must be, file for file and byte for
// byte, the dist/ of the README's build command with the same address: `npm run test:build`, which the
// browser tests run against (BASE_PATH=/course/ SITE_URL=https://example.org; it adds build-output.txt).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { copyProject, machineEnvironment, PROJECT as ROOT, type ProjectCopy } from "../project-copy";

const DIST = join(ROOT, "dist");
/** configure-pages's outputs for a site at https://example.org/course/. */
const PAGES_OUTPUTS = { base_path: "/course", origin: "https://example.org" };

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string | number>;
}
const workflow = parse(readFileSync(join(ROOT, ".github/workflows/pages.yml"), "utf8")) as {
  jobs: Record<string, { steps: Step[]; needs?: string }>;
};

/** Every file under `dir`, by its path there, with the SHA-256 of its bytes. */
function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), createHash("sha256").update(readFileSync(path)).digest("hex"));
    }
  };
  walk(dir);
  return out;
}

let checkout: ProjectCopy | undefined;
// Its own node_modules, installed by the workflow: a few hundred MB to remove.
afterAll(() => checkout?.remove(), 300_000);

describe("the GitHub Pages workflow", () => {
  it("builds, step by step, the same dist/ as the README's build command, and deploys what it uploads", () => {
    let copy = "";
    const outputs: Record<string, Record<string, string>> = {};
    /** `${{ steps.pages.outputs.base_path }}` → its value. */
    const expand = (text: string) =>
      text.replace(/\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}/g, (_, id: string, name: string) => {
        const value = outputs[id]?.[name];
        if (value === undefined) throw new Error(`no output ${name} of step ${id} before it is used`);
        return value;
      });
    let artifact: string | undefined;
    const ran: string[] = [];

    for (const step of workflow.jobs.build!.steps) {
      const action = step.uses?.split("@")[0];
      if (action === "actions/checkout") {
        // The project as committed or about to be, without node_modules or dist.
        checkout = copyProject("pages-workflow");
        copy = checkout.dir;
      } else if (action === "actions/setup-node") {
        const wanted = readFileSync(join(copy, step.with!["node-version-file"]!), "utf8").trim();
        expect(process.versions.node.split(".")[0], "this Node is the one .nvmrc names").toBe(wanted);
      } else if (action === "actions/configure-pages") {
        outputs[step.id!] = PAGES_OUTPUTS;
      } else if (action === "actions/upload-pages-artifact") {
        artifact = join(copy, step.with!.path!);
      } else if (step.run) {
        const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v))]));
        execFileSync("bash", ["-eo", "pipefail", "-c", expand(step.run)], {
          cwd: copy,
          env: machineEnvironment(env),
          stdio: "pipe",
          maxBuffer: 64 * 1024 * 1024,
        });
        ran.push(step.run.trim());
      } else {
        throw new Error(`the test does not know how to run the step ${JSON.stringify(step)}`);
      }
    }

    expect(ran).toEqual(["npm ci --no-audit --no-fund", "npm run build"]);
    expect(artifact, "the artifact uploaded").toBe(join(copy, "dist"));
    const built = hashes(artifact!);
    const readme = hashes(DIST);
    readme.delete("build-output.txt"); // written by `npm run test:build` beside the build, for its warning check
    const differ = [...new Set([...built.keys(), ...readme.keys()])].filter((f) => built.get(f) !== readme.get(f));
    expect(differ, "files that differ").toEqual([]);
    expect(built.size).toBeGreaterThan(50);

    // The deploy job publishes that artifact, after the build.
    const deploy = workflow.jobs.deploy!;
    expect(deploy.needs).toBe("build");
    expect(deploy.steps.map((s) => s.uses?.split("@")[0])).toEqual(["actions/deploy-pages"]);
    // The copy's dependencies were installed by the workflow's own `npm ci`, from the lockfile.
    expect(statSync(join(copy, "node_modules", ".package-lock.json")).isFile()).toBe(true);
  }, 600_000);
});
