import { describe, expect, it } from "vitest";
import * as numerics from "@descent/numerics";
import { evaluateSnippet } from "./evaluate-snippet";
import { linkModule } from "./module-syntax";

const modules = { "@descent/numerics": numerics, "./other": { a: 1, b: 2, default: "d" } };
/** The exports of `source` once run (and the test fails with the run's error if it fails). */
function exportsOf(source: string): Record<string, unknown> {
  const run = evaluateSnippet(source, modules, undefined, { default: "optional" });
  if (!run.ok) throw new Error(`${run.error.message} (line ${run.error.line}, column ${run.error.column})`);
  return run.exports;
}
/** Where `source` fails, and how. */
function failureOf(source: string) {
  const run = evaluateSnippet(source, modules, undefined, { default: "optional" });
  if (run.ok) throw new Error("it ran");
  return run.error;
}

describe("a snippet's exports", () => {
  it("of several declarators in one declaration are all exported (sucrase #455)", () => {
    expect(exportsOf("export const eta = 1, rate = 0;")).toEqual({ eta: 1, rate: 0 });
    expect(exportsOf("export let a = 1, b;\nb = a + 1;")).toEqual({ a: 1, b: 2 });
    expect(exportsOf("export var x = 3, y = x * 2;")).toEqual({ x: 3, y: 6 });
  });

  it("of destructuring declarations export every name bound", () => {
    const source =
      "const o = { p: 1, q: [2, 3], r: 4, s: 5 };\nexport const { p, q: [first, , third = 9], ...rest } = o;";
    expect(exportsOf(source)).toEqual({ p: 1, first: 2, third: 9, rest: { r: 4, s: 5 } });
  });

  it("of functions and classes are the declarations themselves, hoisted", () => {
    const exported = exportsOf(
      "export const y = twice(2);\nexport function twice(x: number) { return 2 * x; }\nexport class C {}",
    );
    expect(exported.y).toBe(4);
    expect((exported.twice as (x: number) => number)(5)).toBe(10);
    expect(typeof exported.C).toBe("function");
  });

  it("by name lists, renamed, and as default", () => {
    expect(exportsOf("const a = 1, b = 2;\nexport { a, b as c, a as default };")).toEqual({ a: 1, c: 2, default: 1 });
    expect(exportsOf('const a = 1;\nexport { a as "a b" };')).toEqual({ "a b": 1 });
  });

  it("as default: an expression, a named or anonymous function or class, a parenthesised value", () => {
    expect(exportsOf("export default 1 + 2;").default).toBe(3);
    expect(exportsOf("export default (4);").default).toBe(4);
    expect(exportsOf("export default { a: 1 };").default).toEqual({ a: 1 });
    const named = exportsOf("export default function f() { return 5; }\nexport const g = f();");
    expect(named.g).toBe(5);
    expect((exportsOf("export default function () { return 6; }").default as () => number)()).toBe(6);
    expect(typeof exportsOf("export default class {}").default).toBe("function");
    expect(typeof exportsOf("export default class K {}\nexport const k = new K();").k).toBe("object");
    expect(exportsOf("export /* the figure */ default\n  7;").default).toBe(7);
  });

  it("the last value of a `let`, as a module's live binding gives it", () => {
    expect(exportsOf("export let n = 0;\nfor (let i = 0; i < 3; i++) n += i;")).toEqual({ n: 3 });
  });

  it("re-exported from a module", () => {
    expect(exportsOf('export { a, b as c } from "./other";')).toEqual({ a: 1, c: 2 });
    expect(exportsOf('export * as o from "./other";').o).toBe(modules["./other"]);
    expect(exportsOf('export * from "./other";')).toEqual({ a: 1, b: 2 });
  });
});

describe("a snippet's imports", () => {
  it("by name, renamed, by default, all as a namespace, or only for their effect", () => {
    expect(exportsOf('import { a, b as c } from "./other";\nexport const s = a + c;').s).toBe(3);
    expect(exportsOf('import d, { a } from "./other";\nexport const s = d + a;').s).toBe("d1");
    expect(exportsOf('import * as o from "./other";\nexport const s = o.b;').s).toBe(2);
    expect(exportsOf('import d, * as o from "./other";\nexport const s = d + o.a;').s).toBe("d1");
    expect(exportsOf('import "./other";\nexport const s = 1;').s).toBe(1);
  });

  it("are hoisted: code above an import may use what it imports", () => {
    expect(exportsOf('export const s = a;\nimport { a } from "./other";').s).toBe(1);
  });

  it("of type-only names are dropped, and the names used as values kept", () => {
    const source =
      'import { figure, type Figure } from "@descent/numerics";\nexport const f: Figure | undefined = undefined;\n';
    expect(exportsOf(`${source}export const g = typeof figure;`).g).toBe("function");
  });

  it("of an unknown module, or of a name the module does not have, fail at the import's line and column", () => {
    expect(failureOf('const x = 1;\n  import fs from "node:fs"; fs.readFileSync("/etc/passwd");')).toMatchObject({
      message: 'a live block can import only "@descent/numerics", "./other", not "node:fs"',
      line: 2,
      column: 3,
    });
    expect(failureOf('import { nope } from "./other";\nnope();')).toMatchObject({
      message: '"./other" has no export named nope',
      line: 1,
      column: 1,
    });
  });
});

describe("the student's lines and columns", () => {
  it("are unchanged by the conversion: only the module syntax is blanked or rewritten in place", () => {
    const js = [
      'import { a } from "./other"; const before = 1;',
      "export const x = a, y = before; const after = 2;",
      "export default   (x + y);",
      "export { after };",
      "",
    ].join("\n");
    const linked = linkModule(js);
    expect(linked.code.split("\n").map((l) => l.length)).toEqual(js.split("\n").map((l) => l.length));
    for (const kept of ["const before = 1;", "const x = a, y = before; const after = 2;", "(x + y);"]) {
      expect(linked.code.indexOf(kept)).toBe(js.indexOf(kept));
    }
    expect(linked.defaultLine).toBe(3);
  });

  it("of a runtime error are the student's, on the first line after the imports too", () => {
    const plain = failureOf('import { a } from "./other"; const b = (a, null).c;');
    expect(plain).toMatchObject({
      message: expect.stringMatching(/^TypeError: Cannot read properties of null/),
      line: 1,
    });
    // The same code with type annotations before the error: sucrase drops them, the column stays the student's.
    const typed = failureOf('import { a } from "./other"; const b: number = ((a as number), null as any).c;');
    expect(typed).toMatchObject({ line: 1, column: plain.column! + ": number".length + " as number()".length + 7 });
    const second = failureOf('import { a } from "./other";\nexport const b = 1, c = (a as any).d.e;');
    expect(second).toMatchObject({ line: 2, column: "export const b = 1, c = (a as any).d.".length + 1 });
  });

  it("of a syntax error only a full parser sees are given", () => {
    expect(failureOf("const a = 1;\nconst a = 2;")).toMatchObject({
      kind: "syntax",
      message: "Identifier 'a' has already been declared",
      line: 2,
      column: 7,
    });
    expect(failureOf("export { nowhere };")).toMatchObject({ kind: "syntax", line: 1, column: 10 });
    expect(failureOf("const a: number = 1;\nawait a;")).toMatchObject({
      kind: "syntax",
      message: expect.stringMatching(/^`await` is only valid inside an async function/),
      line: 2,
      column: 1,
    });
  });

  it("are never shadowed by the names the conversion needs: those are found nowhere in the code", () => {
    const source = "const $r = 1, $e = 2, $e0 = 3;\nexport const sum = $r + $e + $e0;\nexport default sum;";
    expect(exportsOf(source)).toEqual({ sum: 6, default: 6 });
  });
});
