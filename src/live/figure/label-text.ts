/**
 * Labels of figures may carry light TeX-style sub- and superscripts, `L_η(θ)` or `θ_{GD}` or `x^2`:
 * the site draws them as real subscripts and reads them without the marks.
 */
export interface LabelPart {
  text: string;
  /** "sub" or "sup" for a sub- or superscript; absent for plain text. */
  shift?: "sub" | "sup";
}

/**
 * A label cut into plain runs and scripts: "L_η(θ)" → "L", sub "η", "(θ)". A script is `_` or `^`
 * before one character, or before `{…}` up to the next `}`. In one pass, linear in the label's
 * length: the next `}` is looked for again only once the scan has passed it (a regular expression
 * looked for it from every `_{`, quadratic in a label of many `_{` and no `}`).
 */
export function labelParts(label: string): LabelPart[] {
  const parts: LabelPart[] = [];
  let plainFrom = 0;
  let close = -1; // the next "}" at or after where it was last looked for; Infinity when there is none
  let i = 0;
  while (i < label.length - 1) {
    const mark = label[i];
    const next = label[i + 1]!;
    if ((mark !== "_" && mark !== "^") || /\s/.test(next)) {
      i += 1;
      continue;
    }
    if (next === "{" && close < i + 2) {
      close = label.indexOf("}", i + 2);
      if (close < 0) close = Infinity;
    }
    const braced = next === "{" && close !== Infinity;
    const end = braced ? close + 1 : i + 2;
    if (i > plainFrom) parts.push({ text: label.slice(plainFrom, i) });
    parts.push({ text: braced ? label.slice(i + 2, close) : next, shift: mark === "_" ? "sub" : "sup" });
    plainFrom = i = end;
  }
  if (plainFrom < label.length) parts.push({ text: label.slice(plainFrom) });
  return parts;
}

/** A label as plain text, for text alternatives: "L_η(θ)" → "Lη(θ)", "x^2" → "x to the 2". */
export function plainLabel(label: string): string {
  return labelParts(label)
    .map((p) => (p.shift === "sup" ? ` to the ${p.text}` : p.text))
    .join("");
}
