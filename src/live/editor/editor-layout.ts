import { Prec } from "@codemirror/state";
import { EditorView } from "@codemirror/view";

/**
 * The editor's geometry, from the same CSS variables as the static code the page shows before it
 * (`.code-static` in global.css): font, line height, padding and a fixed line-number column. The
 * editor then takes the static code's place at exactly its size. Highest precedence, over Sandpack's
 * own theme.
 */
export const editorLayout = Prec.highest(
  EditorView.theme({
    "&": { height: "auto", fontSize: "var(--code-size)" },
    ".cm-scroller": {
      fontFamily: "var(--font-code)",
      lineHeight: "var(--code-leading)",
      padding: "var(--code-pad-y) 0",
      overflowX: "auto",
    },
    ".cm-content": { padding: "0", minHeight: "0" },
    ".cm-line": { padding: "0 var(--code-pad-x) 0 var(--code-gap)" },
    // A number's value while it is being scrubbed (the code takes it when the drag ends).
    ".cm-scrub-value": { color: "var(--syntax-static)", textDecoration: "underline dotted" },
    ".cm-gutters": { padding: "0", border: "none", backgroundColor: "var(--bg-soft)", color: "var(--muted)" },
    ".cm-lineNumbers .cm-gutterElement": {
      boxSizing: "border-box",
      width: "var(--code-gutter)",
      minWidth: "var(--code-gutter)",
      padding: "0",
      textAlign: "right",
      fontSize: "var(--code-number-size)",
      // A line number is as tall as its line from the start (before the editor sets their heights).
      lineHeight: "calc(var(--code-size) * var(--code-leading))",
    },
  }),
);
