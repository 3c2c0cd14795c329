import { describe, expect, it } from "vitest";
import { decimalsOf, literalAt, stepLiteral } from "./number-literal";
import { formatForStep, rangeParameters } from "./range-parameters";

describe("numeric literals", () => {
  it("finds the literal under the cursor, with its sign, but not digits inside names", () => {
    const line = "const eta = 0.5; // x0 = -1.2, a - 3";
    expect(literalAt(line, 13)).toEqual({ from: 12, to: 15, text: "0.5", value: 0.5 });
    expect(literalAt(line, 15)!.text).toBe("0.5"); // touching its end
    expect(literalAt(line, 20)).toBeUndefined(); // the 0 of x0
    expect(literalAt(line, 27)!.text).toBe("-1.2");
    expect(literalAt(line, 35)).toEqual({ from: 35, to: 36, text: "3", value: 3 }); // subtraction: no sign
    expect(literalAt("steps: 10_000", 9)!.value).toBe(10000);
  });

  it("steps by the last decimal, coarser by ten, finer by a tenth", () => {
    expect(stepLiteral("0.5", 1)).toBe("0.6");
    expect(stepLiteral("0.5", -6)).toBe("-0.1");
    expect(stepLiteral("10", 3)).toBe("13");
    expect(stepLiteral("0.05", 1)).toBe("0.06");
    expect(stepLiteral("0.5", 2, "coarse")).toBe("2.5");
    expect(stepLiteral("0.5", 1, "fine")).toBe("0.51");
    expect(stepLiteral("1.2", 7)).toBe("1.9"); // no 1.9000000000000001
    expect(stepLiteral("1e-3", 1)).toBe("2e-3");
    expect(decimalsOf("1.250")).toBe(3);
  });
});

describe("range parameters", () => {
  it("reads top-level consts with a range comment, and only those", () => {
    const code = [
      "const eta = 0.5; // step size η, range 0 .. 2.5",
      "const steps = 10; // range 1 .. 50",
      "const theta0 = 1.2; // start",
      "  const inner = 3; // range 0 .. 9",
    ].join("\n");
    const found = rangeParameters(code);
    expect(found.map((p) => [p.name, p.value, p.min, p.max, p.step, p.line])).toEqual([
      ["eta", 0.5, 0, 2.5, 0.01, 1],
      ["steps", 10, 1, 50, 1, 2],
    ]);
    expect(code.slice(found[0]!.from, found[0]!.to)).toBe("0.5");
    expect(code.slice(found[1]!.from, found[1]!.to)).toBe("10");
  });

  it("writes a slider value with the decimals of its step", () => {
    expect(formatForStep(1.9000000001, 0.01)).toBe("1.90");
    expect(formatForStep(7, 1)).toBe("7");
  });
});
