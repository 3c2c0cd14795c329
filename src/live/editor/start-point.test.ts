import { describe, expect, it } from "vitest";
import { startLiteral, startPoint } from "./start-point";

describe("a snippet's start point", () => {
  it("is the constant of two numbers whose comment begins with 'start', with the place of its literal", () => {
    const code = "// paths\nconst eta = 0.1;\nconst start = [1.2, -0.75]; // start: click the landscape to move it\n";
    const found = startPoint(code)!;
    expect(found).toMatchObject({ name: "start", x: 1.2, y: -0.75, decimals: 2 });
    expect(code.slice(found.from, found.to)).toBe("[1.2, -0.75]");
  });

  it("is not any other array or comment", () => {
    expect(startPoint("const start = [1, 2]; // x₀\n")).toBeUndefined();
    expect(startPoint("const w = [1, 2, 3]; // start\n")).toBeUndefined();
    expect(startPoint("let start = [1, 2]; // start\n")).toBeUndefined();
  });

  it("is written back with the literal's decimals (at least two), and no negative zero", () => {
    expect(startLiteral(1.23456, -0.0001, 2)).toBe("[1.23, 0.00]");
    expect(startLiteral(-0.5, 2, 3)).toBe("[-0.500, 2.000]");
  });
});
