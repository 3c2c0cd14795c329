/**
 * Labels of figures may carry light TeX-style sub- and superscripts, `L_η(θ)` or `θ_{GD}` or `x^2`:
 * the site draws them as real subscripts and reads them without the marks.
 */
export interface LabelPart {
  text: string;
  /** "sub" or "sup" for a sub- or superscript; absent for plain text. */
  shift?: "sub" | "sup";
}

const SCRIPT = /([_^])(?:\{([^}]*)\}|(\S))/g;

/** A label cut into plain runs and scripts: "L_η(θ)" → "L", sub "η", "(θ)". */
export function labelParts(label: string): LabelPart[] {
  const parts: LabelPart[] = [];
  let at = 0;
  for (const match of label.matchAll(SCRIPT)) {
    if (match.index > at) parts.push({ text: label.slice(at, match.index) });
    parts.push({ text: match[2] ?? match[3]!, shift: match[1] === "_" ? "sub" : "sup" });
    at = match.index + match[0].length;
  }
  if (at < label.length) parts.push({ text: label.slice(at) });
  return parts;
}

/** A label as plain text, for text alternatives: "L_η(θ)" → "Lη(θ)", "x^2" → "x to the 2". */
export function plainLabel(label: string): string {
  return labelParts(label)
    .map((p) => (p.shift === "sup" ? ` to the ${p.text}` : p.text))
    .join("");
}
