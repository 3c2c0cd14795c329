import { describe, expect, it } from "vitest";
import { SNIPPET_MODULES as modules } from "./snippet-modules";
import { MAX_POINTS_PER_SERIES } from "../figure/prepare-figure";
import { runSnippet } from "./run-snippet";

const header = `import { figure, panel, line, gradientDescent, quadratic, lineOf } from "@descent/numerics";\n`;
const tail = `export default figure({ panels: [panel({ x: "t", y: "θ", series: [line("a", [0, 1], [1, 2])] })] });\n`;

describe("runSnippet", () => {
  it("strips TypeScript, links @descent/numerics and returns the default export as figure data", () => {
    const result = runSnippet(
      `${header}const eta: number = 0.5;\nconst run = gradientDescent(quadratic(1), { x0: 1.2, eta, steps: 2 });\n` +
        `export default figure({ panels: [panel({ x: "t", y: "θ", series: [lineOf("GD", run)] })] });`,
      modules,
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.figure!.panels[0]!.series[0]!.y).toEqual([1.2, 0.6, 0.3]);
  });

  it("points at the line and column of a syntax error", () => {
    const result = runSnippet(`${header}const a = 1;\nconst b = (2 + ;\n${tail}`, modules);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe("syntax");
      expect(result.error.line).toBe(3);
      expect(result.error.column).toBe(16);
      expect(result.error.message).not.toMatch(/Error transforming/);
    }
  });

  it("points at the line and column of a runtime error, through type annotations", () => {
    const result = runSnippet(`${header}const n: number = 1;\nconst x = (undefined as any).foo;\n${tail}`, modules);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe("runtime");
      expect(result.error.message).toMatch(/TypeError: Cannot read properties of undefined/);
      expect(result.error.line).toBe(3);
      expect(result.error.column).toBeGreaterThan(0);
    }
  });

  it("passes the package's own argument errors through with their place", () => {
    const result = runSnippet(
      `${header}\n\ngradientDescent(quadratic(1), { x0: 1, eta: -0.1, steps: 3 });\n${tail}`,
      modules,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toBe("RangeError: eta must be > 0, received -0.1");
      expect(result.error.line).toBe(4);
    }
  });

  it("says so when there is no default export, or it is not figure data", () => {
    const none = runSnippet(`const a = 1;`, modules);
    expect(!none.ok && none.error.message).toMatch(/no default export/);
    const wrong = runSnippet(`export default 42;`, modules);
    expect(!wrong.ok && wrong.error.message).toMatch(/must be figure data/);
  });

  it("names NaN in the data instead of drawing it", () => {
    const result = runSnippet(
      `export default { type: "figure", panels: [{ x: { label: "t" }, y: { label: "θ" }, ` +
        `series: [{ type: "line", label: "bad", x: [0, 1], y: [0, 0 / 0] }] }] };`,
      modules,
    );
    expect(!result.ok && result.error.message).toMatch(/y\[1\] \("bad"\) is NaN/);
  });

  it("refuses imports other than the numerics package", () => {
    const result = runSnippet(`import fs from "node:fs";\nfs.readFileSync("/etc/passwd");\n${header}${tail}`, modules);
    expect(!result.ok && result.error.message).toMatch(/can import only "@descent\/numerics", not "node:fs"/);
  });

  it("keeps the last lines of a million console.log calls and counts the rest", () => {
    const result = runSnippet(`${header}for (let i = 0; i < 1_000_000; i++) console.log("line", i);\n${tail}`, modules);
    expect(result.ok).toBe(true);
    expect(result.console.lines.length).toBeLessThanOrEqual(200);
    expect(result.console.lines.at(-1)!.text).toBe("line 999999");
    expect(result.console.dropped + result.console.lines.length).toBe(1_000_000);
  });

  it("downsamples a series of 10⁷ points for drawing and says so", () => {
    const result = runSnippet(
      `${header}const n = 10_000_000; const x = new Float64Array(n).map((_, i) => i);\n` +
        `const y = x.map((v) => Math.sin(v / 1e5));\n` +
        `export default figure({ panels: [panel({ x: "t", y: "θ", series: [line("big", x, y)] })] });`,
      modules,
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.figure!.panels[0]!.series[0]!.x.length).toBe(MAX_POINTS_PER_SERIES);
      expect(result.notes.join(" ")).toMatch(/10,000,000 points/);
    }
  }, 20_000);

  it("reports a diverged run in its notes", () => {
    const result = runSnippet(
      `${header}const run = gradientDescent(quadratic(1), { x0: 1, eta: 2.5, steps: 5000 });\n` +
        `export default figure({ panels: [panel({ x: "t", y: "θ", series: [lineOf("GD", run)] })] });`,
      modules,
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.notes.join(" ")).toMatch(/“GD” diverged at step \d+/);
  });
});

describe("a snippet's reach", () => {
  const failed = (source: string) => {
    const result = runSnippet(source, modules);
    if (result.ok) throw new Error("expected the run to fail");
    return result.error;
  };

  it("stops at the network, with a sentence and the line", () => {
    expect(failed(`${header}\nfetch("https://example.com/x");\n${tail}`)).toMatchObject({
      kind: "runtime",
      message: "NotAvailable: the network is not available to figure code (fetch)",
      line: 3,
    });
    expect(failed(`${header}new XMLHttpRequest();\n${tail}`).message).toMatch(
      /network is not available.*XMLHttpRequest/,
    );
    expect(failed(`${header}importScripts("https://example.com/x.js");\n${tail}`).message).toMatch(/importScripts/);
    expect(failed(`${header}new WebSocket("wss://example.com");\n${tail}`).message).toMatch(/WebSocket/);
    expect(failed(`${header}self.fetch("https://example.com");\n${tail}`).message).toMatch(/network is not available/);
  });

  it("has no timers that would outlive the run, and cannot touch the worker or its global scope", () => {
    expect(failed(`${header}setTimeout(() => { throw new Error("late"); }, 1500);\n${tail}`)).toMatchObject({
      message: expect.stringMatching(/setTimeout is not available to figure code: it runs once, top to bottom/),
      line: 2,
    });
    expect(failed(`${header}close();\n${tail}`).message).toMatch(/cannot reach the worker that runs it \(close\)/);
    expect(failed(`${header}self.onmessage = null;\n${tail}`).message).toMatch(/cannot change the global scope/);
    expect(failed(`${header}globalThis.postMessage({ id: 1 });\n${tail}`).message).toMatch(/cannot reach the worker/);
    expect(failed(`${header}(function () { return this; })().close();\n${tail}`).message).toMatch(/TypeError/);
  });

  it("may still name its own things after the shadowed ones", () => {
    const result = runSnippet(
      `${header}const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;\n${tail}`,
      modules,
    );
    expect(result.ok).toBe(true);
  });

  it("points at a brace left open, not at the end of the file", () => {
    const lines = [
      header.trim(),
      "const a = 1;",
      "",
      "function step(x: number) {",
      "  if (x > 0) {",
      "    return x;",
      "}",
      "",
    ];
    const filler = Array.from({ length: 24 }, (_, i) => `const c${i} = ${i};`);
    const error = failed([...lines, ...filler, tail].join("\n"));
    expect(error).toMatchObject({ kind: "syntax", line: 4, column: 26, message: "this `{` is never closed" });
  });
});
