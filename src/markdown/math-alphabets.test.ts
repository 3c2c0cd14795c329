import { describe, expect, it } from "vitest";
import { styledText } from "./math-alphabets";

// Code points from Unicode's chart for Mathematical Alphanumeric Symbols (U+1D400–U+1D7FF) and for
// Letterlike Symbols (U+2100–U+214F), where the styled letters that came first live.
const at = (code: number) => String.fromCodePoint(code);

describe("a letter in a MathML style, as its own character", () => {
  it("takes the block's letter: bold A, bold-italic θ, bold ∇, bold 0, italic a", () => {
    expect(styledText("A", "bold")).toBe(at(0x1d400));
    expect(styledText("θ", "bold-italic")).toBe(at(0x1d73d));
    expect(styledText("∇", "bold")).toBe(at(0x1d6c1));
    expect(styledText("0", "bold")).toBe(at(0x1d7ce));
    expect(styledText("a", "italic")).toBe(at(0x1d44e));
  });

  it("takes Letterlike Symbols' letter where the block has a hole: script L, double-struck R, italic h", () => {
    expect(styledText("L", "script")).toBe("ℒ");
    expect(styledText("L", "script")).toBe(at(0x2112));
    expect(styledText("R", "double-struck")).toBe(at(0x211d));
    expect(styledText("h", "italic")).toBe(at(0x210e));
    expect(styledText("C", "fraktur")).toBe(at(0x212d));
    // Next to a hole, the block's own letter: script A and K.
    expect(styledText("A", "script")).toBe(at(0x1d49c));
    expect(styledText("K", "script")).toBe(at(0x1d4a6));
  });

  it("styles every letter of a word, and leaves alone what has no styled form or style", () => {
    expect(styledText("Hg", "bold")).toBe(at(0x1d407) + at(0x1d420));
    expect(styledText("ℓ", "bold")).toBeUndefined();
    expect(styledText("λ", "script")).toBeUndefined();
    expect(styledText("x", "normal")).toBeUndefined();
  });
});
