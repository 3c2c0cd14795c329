/**
 * How prose mentions what the book numbers, in one place: "(2.7)" an equation, "Figure 2.1" (and
 * "Figures 2.1 and 2.2", "Figures 2.1–2.3") a figure, "Exercise 2.3" an exercise, "chapter 3" a
 * chapter; and how a caption names its own figure ("**Figure 2.1.**"). The book model checks every
 * mention against what the book numbers; the cross-references plugin turns them into links.
 */

export type MentionKind = "equation" | "figure" | "exercise" | "chapter";

export interface Mention {
  kind: MentionKind;
  /** Where the mention starts in the text, and its whole text ("Figures 2.1 and 2.2"). */
  at: number;
  text: string;
  /**
   * Each number mentioned, with where it starts within `text`: "2.7" for "(2.7)", "2.1" and "2.2"
   * for "Figures 2.1 and 2.2", "3" for "chapter 3".
   */
  numbers: { number: string; at: number }[];
}

const GRAMMAR = new RegExp(
  [
    String.raw`\((\d+\.\d+)\)`, // (2.7)
    String.raw`\b(Figures?|Exercises?)\s+(\d+\.\d+(?:(?:,\s*|,?\s+and\s+|\s*[–-]\s*)\d+\.\d+)*)`, // Figures 2.1 and 2.2
    String.raw`\b([Cc]hapter)\s+(\d+)\b`, // chapter 3
  ].join("|"),
  "g",
);

/** Every mention in `text`, in order. */
export function mentionsIn(text: string): Mention[] {
  return [...text.matchAll(GRAMMAR)].map((m) => {
    const at = m.index!;
    if (m[1]) return { kind: "equation", at, text: m[0], numbers: [{ number: m[1], at: 1 }] };
    if (m[2]) {
      const start = m[0].length - m[3]!.length;
      return {
        kind: m[2].startsWith("F") ? "figure" : "exercise",
        at,
        text: m[0],
        numbers: [...m[3]!.matchAll(/\d+\.\d+/g)].map((n) => ({ number: n[0], at: start + n.index! })),
      };
    }
    return { kind: "chapter", at, text: m[0], numbers: [{ number: m[5]!, at: m[0].length - m[5]!.length }] };
  });
}

/** The figure a caption's label names: "Figure 2.1." → "2.1" (the label is set in bold). */
export function captionLabel(text: string): string | undefined {
  return /^Figure (\d+\.\d+)\.$/.exec(text.trim())?.[1];
}
