import { parser } from "@lezer/javascript";
import { highlightCode, tagHighlighter, tags } from "@lezer/highlight";

/**
 * The book's code highlighted at build time as the editor highlights it: the same parser (Lezer's
 * TypeScript dialect) and the same tags to colours as Sandpack's editor (its `getSyntaxHighlight`),
 * so the static code and the live editor look alike and nothing changes colour when a block comes alive.
 */
const highlighter = tagHighlighter([
  { tag: tags.keyword, class: "sx-keyword" },
  { tag: [tags.atom, tags.number, tags.bool], class: "sx-static" },
  // Variable names are plain text (Sandpack's `plain` is the page's text colour, which the code inherits).
  {
    tag: [tags.function(tags.variableName), tags.definition(tags.function(tags.variableName))],
    class: "sx-definition",
  },
  { tag: tags.propertyName, class: "sx-property" },
  { tag: [tags.literal, tags.inserted], class: "sx-string" },
  { tag: tags.punctuation, class: "sx-punctuation" },
  { tag: [tags.comment, tags.quote], class: "sx-comment" },
]);

const typescript = parser.configure({ dialect: "ts" });

/** One run of text and the class of its colour ("" for plain text). */
export interface Token {
  text: string;
  className: string;
}

/**
 * The code as lines of runs (a line per line of the code, empty lines included): each run is the
 * longest stretch of one colour, so the page holds one element a run rather than one a token (`}),`
 * is one run, not three). Names are plain text in the code's own colour (no element), and spaces,
 * which have no colour, join the run before them. The text is unchanged, and in a monospaced font
 * the runs are exactly as wide as the tokens were.
 */
export function highlightLines(code: string): Token[][] {
  const lines: Token[][] = [[]];
  highlightCode(
    code,
    typescript.parse(code),
    highlighter,
    (text, className) => {
      const line = lines.at(-1)!;
      const last = line.at(-1);
      if (last && (last.className === className || /^\s+$/.test(text))) last.text += text;
      else line.push({ text, className });
    },
    () => lines.push([]),
  );
  return lines;
}
