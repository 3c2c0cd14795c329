// WCAG 2.1 contrast of the site's colours in both themes: the course's base colours from
// course.config.ts, the rest (messages, the figures' tones, code) from the stylesheet itself. Text
// needs 4.5:1 against the backgrounds it is drawn on, graphics (chart lines, dots, focus rings) 3:1.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import course from "../course.config";
import { colorProperty, colorsCss } from "../src/lib/course";

const css = readFileSync(join(import.meta.dirname, "../src/styles/global.css"), "utf8");
/** Every `--name: light-dark(#light, #dark)` of a stylesheet, by name. */
const pairsIn = (text: string) =>
  [...text.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)].map(
    (m) => [m[1]!, [m[2]!, m[3]!] as const] as const,
  );
const base = pairsIn(colorsCss(course.colors));
const pairs = new Map([...pairsIn(css), ...base]);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const TEXT = [
  "fg",
  "muted",
  "accent",
  "error",
  "success",
  "syntax-comment",
  "syntax-keyword",
  "syntax-definition",
  "syntax-property",
  "syntax-static",
  "syntax-string",
];
const GRAPHICS = [
  "tone-blue",
  "tone-orange",
  "tone-black",
  "tone-green",
  "tone-red",
  "tone-purple",
  "tone-gray",
  "focus",
  "border",
];
const BACKGROUNDS = ["bg", "bg-soft"];

describe("colour contrast (WCAG AA)", () => {
  it("reads the base colours from course.config.ts, the others from the stylesheet, each from one place", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    for (const name of [...TEXT, ...GRAPHICS, ...BACKGROUNDS]) expect(pairs.has(name), name).toBe(true);
    expect(base.map(([name]) => name)).toEqual(Object.keys(course.colors).map((c) => colorProperty(c).slice(2)));
    // The stylesheet leaves the base colours to the course's configuration.
    for (const [name] of base)
      expect(
        pairsIn(css).some(([other]) => other === name),
        name,
      ).toBe(false);
  });

  for (const [theme, index] of [
    ["light", 0],
    ["dark", 1],
  ] as const) {
    it(`gives text at least 4.5:1 in the ${theme} theme`, () => {
      for (const text of TEXT) {
        for (const background of BACKGROUNDS) {
          const ratio = contrast(pairs.get(text)![index], pairs.get(background)![index]);
          expect(ratio, `${text} on ${background}: ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    });

    it(`gives chart lines and focus rings at least 3:1 in the ${theme} theme`, () => {
      for (const graphic of GRAPHICS.filter((g) => g !== "border")) {
        const ratio = contrast(pairs.get(graphic)![index], pairs.get("bg")![index]);
        expect(ratio, `${graphic}: ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(3);
      }
    });
  }
});
