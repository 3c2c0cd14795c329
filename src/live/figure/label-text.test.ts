import { describe, expect, it } from "vitest";
import { labelParts, plainLabel } from "./label-text";

describe("a label's sub- and superscripts", () => {
  it("are one character after _ or ^, or the text in braces up to the next }", () => {
    expect(labelParts("L_η(θ)")).toEqual([{ text: "L" }, { text: "η", shift: "sub" }, { text: "(θ)" }]);
    expect(labelParts("θ_{GD} vs x^2")).toEqual([
      { text: "θ" },
      { text: "GD", shift: "sub" },
      { text: " vs x" },
      { text: "2", shift: "sup" },
    ]);
    expect(labelParts("a_ b^")).toEqual([{ text: "a_ b^" }]);
    // A brace never closed is a script of the brace itself, as before.
    expect(labelParts("x_{ab")).toEqual([{ text: "x" }, { text: "{", shift: "sub" }, { text: "ab" }]);
    expect(plainLabel("x^2 + L_{η}")).toBe("x to the 2 + Lη");
  });

  it("are found in one pass: 2·10⁵ unclosed braces or subscripts are cut at once", () => {
    // Quadratic (looking for a } from every _{) this would take minutes, far past the test's limit.
    const braces = labelParts("_{".repeat(200_000));
    expect(braces.length).toBe(200_000);
    expect(braces.every((p) => p.text === "{" && p.shift === "sub")).toBe(true);
    expect(labelParts(`${"_{".repeat(100_000)}}`).length).toBe(1);
    expect(labelParts("_a".repeat(100_000)).length).toBe(100_000);
  });
});
