import { describe, expect, it } from "vitest";
import { highlightLines } from "./static-highlight";

describe("the book's code highlighted at build time", () => {
  it("is one run a colour: `);` is one run, names and the spaces beside them are plain text", () => {
    expect(highlightLines("f(a, b);")).toEqual([
      [
        { text: "f", className: "sx-definition" },
        { text: "(", className: "sx-punctuation" },
        { text: "a", className: "" },
        { text: ",", className: "sx-punctuation" },
        { text: " b", className: "" },
        { text: ");", className: "sx-punctuation" },
      ],
    ]);
  });

  it("keeps every character and every line, and never puts two runs of one colour side by side", () => {
    const code = "const eta = 0.5; // step size η\n\nexport default figure({ panels: [] });\n";
    const lines = highlightLines(code);
    expect(lines.map((runs) => runs.map((r) => r.text).join("")).join("\n")).toBe(code);
    expect(lines).toHaveLength(4);
    for (const runs of lines) {
      for (let i = 1; i < runs.length; i++) expect(runs[i]!.className).not.toBe(runs[i - 1]!.className);
    }
    expect(lines[0]).toContainEqual({ text: "// step size η", className: "sx-comment" });
  });
});
