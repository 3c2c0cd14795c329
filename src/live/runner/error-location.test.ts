import { describe, expect, it } from "vitest";
import { unbalancedBracket } from "./error-location";

describe("the bracket a student left open", () => {
  it("is the one never closed, at its own line and column, not the end of the file", () => {
    const code = "const a = 1;\nfunction f() {\n  if (a) {\n    g();\n}\n\nexport default 1;\n";
    expect(unbalancedBracket(code)).toEqual({ place: { line: 2, column: 14 }, message: "this `{` is never closed" });
  });

  it("or a closing bracket that closes nothing, saying which one was wanted", () => {
    expect(unbalancedBracket("const a = [1, 2);")).toEqual({
      place: { line: 1, column: 16 },
      message: "this `)` closes nothing, where the `[` at line 1, column 11 needs `]`",
    });
  });

  it("ignores brackets in strings, comments, regular expressions and template text, but not in ${…}", () => {
    const code = [
      "const s = \"(\" + '['; // {",
      "/* ) */ const r = /[(]/;",
      "const t = `{ ${f(1)} ]`;",
      "const d = 4 / 2 / (1);",
      "const e = `costs $`;",
    ].join("\n");
    expect(unbalancedBracket(code)).toBeUndefined();
    expect(unbalancedBracket("const t = `a ${f(1} b`;")).toMatchObject({
      message: expect.stringMatching(/`}` closes nothing, where the `\(`/),
    });
    expect(unbalancedBracket("const t = `never closed;")).toEqual({
      place: { line: 1, column: 11 },
      message: "this template literal is never closed",
    });
  });
});
