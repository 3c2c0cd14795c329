import { describe, expect, it } from "vitest";
import { downsample } from "./downsample";

describe("downsample", () => {
  it("keeps short series as they are", () => {
    expect(downsample([0, 1, 2], [3, 4, 5], 10)).toEqual({ x: [0, 1, 2], y: [3, 4, 5] });
  });

  it("keeps the ends and a lone spike (largest triangle)", () => {
    const x = Array.from({ length: 10_001 }, (_, i) => i);
    const y = x.map((i) => (i === 4321 ? 100 : 0));
    const out = downsample(x, y, 100);
    expect(out.x).toHaveLength(100);
    expect(out.x[0]).toBe(0);
    expect(out.x.at(-1)).toBe(10_000);
    expect(out.y).toContain(100);
  });

  it("strides evenly through a path whose x is not ascending", () => {
    const t = Array.from({ length: 1000 }, (_, i) => i);
    const out = downsample(t.map(Math.cos), t.map(Math.sin), 11);
    expect(out.x).toHaveLength(11);
    expect(out.x[10]).toBe(Math.cos(999));
  });
});
