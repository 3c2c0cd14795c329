/**
 * MathML's styled alphabets as characters. `\mathcal{L}` comes from KaTeX as
 * `<mi mathvariant="script">L</mi>`; MathML Core (what Chromium draws) honours `mathvariant` only as
 * "normal", so the styled letter must be its own character: ℒ (U+2112). Unicode's Mathematical
 * Alphanumeric Symbols (U+1D400–U+1D7FF) hold each style's letters in the order A–Z, a–z; Greek in the
 * order Α–Ω (with ϴ in the place of U+03A2), ∇, α–ω, ∂, ϵ, ϑ, ϰ, ϕ, ϱ, ϖ; digits 0–9. The letters that
 * Unicode had before that block (ℒ, ℝ, ℎ …) stay in Letterlike Symbols, and the block has holes there.
 * Source: Unicode 15, chapter 22.2 and the code chart for U+1D400–U+1D7FF.
 */

interface Alphabet {
  /** Code points of 𝐀, 𝐚, 𝚨 (capital alpha), 𝟎 in this style, where the style has them. */
  latin?: [number, number];
  greek?: number;
  digits?: number;
  /** Letters held elsewhere (the holes of the block). */
  holes?: Record<string, string>;
}

const ALPHABETS: Record<string, Alphabet> = {
  bold: { latin: [0x1d400, 0x1d41a], greek: 0x1d6a8, digits: 0x1d7ce },
  italic: { latin: [0x1d434, 0x1d44e], greek: 0x1d6e2, holes: { h: "ℎ" } },
  "bold-italic": { latin: [0x1d468, 0x1d482], greek: 0x1d71c },
  script: {
    latin: [0x1d49c, 0x1d4b6],
    holes: { B: "ℬ", E: "ℰ", F: "ℱ", H: "ℋ", I: "ℐ", L: "ℒ", M: "ℳ", R: "ℛ", e: "ℯ", g: "ℊ", o: "ℴ" },
  },
  "bold-script": { latin: [0x1d4d0, 0x1d4ea] },
  fraktur: { latin: [0x1d504, 0x1d51e], holes: { C: "ℭ", H: "ℌ", I: "ℑ", R: "ℜ", Z: "ℨ" } },
  "double-struck": {
    latin: [0x1d538, 0x1d552],
    digits: 0x1d7d8,
    holes: { C: "ℂ", H: "ℍ", N: "ℕ", P: "ℙ", Q: "ℚ", R: "ℝ", Z: "ℤ" },
  },
  "bold-fraktur": { latin: [0x1d56c, 0x1d586] },
  "sans-serif": { latin: [0x1d5a0, 0x1d5ba], digits: 0x1d7e2 },
  "bold-sans-serif": { latin: [0x1d5d4, 0x1d5ee], greek: 0x1d756, digits: 0x1d7ec },
  "sans-serif-italic": { latin: [0x1d608, 0x1d622] },
  "sans-serif-bold-italic": { latin: [0x1d63c, 0x1d656], greek: 0x1d790 },
  monospace: { latin: [0x1d670, 0x1d68a], digits: 0x1d7f6 },
};

/** Greek letters and symbols after the capitals, by their offset from the style's capital alpha. */
const GREEK_AFTER_CAPITALS: Record<string, number> = {
  ϴ: 0x11,
  "∇": 0x19,
  "∂": 0x33,
  ϵ: 0x34,
  ϑ: 0x35,
  ϰ: 0x36,
  ϕ: 0x37,
  ϱ: 0x38,
  ϖ: 0x39,
};

/** One character in a style, or undefined when the style has no such character. */
function styled(char: string, alphabet: Alphabet): string | undefined {
  const hole = alphabet.holes?.[char];
  if (hole) return hole;
  const c = char.codePointAt(0)!;
  const at = (code: number) => String.fromCodePoint(code);
  if (alphabet.latin && c >= 0x41 && c <= 0x5a) return at(alphabet.latin[0] + c - 0x41);
  if (alphabet.latin && c >= 0x61 && c <= 0x7a) return at(alphabet.latin[1] + c - 0x61);
  if (alphabet.digits !== undefined && c >= 0x30 && c <= 0x39) return at(alphabet.digits + c - 0x30);
  if (alphabet.greek !== undefined) {
    if (c >= 0x391 && c <= 0x3a9 && c !== 0x3a2) return at(alphabet.greek + c - 0x391);
    if (c >= 0x3b1 && c <= 0x3c9) return at(alphabet.greek + 0x1a + c - 0x3b1);
    const offset = GREEK_AFTER_CAPITALS[char];
    if (offset !== undefined) return at(alphabet.greek + offset);
  }
  return undefined;
}

/**
 * `text` written in MathML's `mathvariant` style as characters, or undefined when the style is not a
 * styled alphabet ("normal" is drawn by MathML Core itself) or some character has no styled form.
 *
 * @example styledText("L", "script") // "ℒ"
 */
export function styledText(text: string, variant: string): string | undefined {
  const alphabet = ALPHABETS[variant];
  if (!alphabet) return undefined;
  let out = "";
  for (const char of text) {
    const s = styled(char, alphabet);
    if (s === undefined) return undefined;
    out += s;
  }
  return out;
}
