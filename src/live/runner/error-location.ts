import { pristine } from "./pristine";

/**
 * Where in the student's code an error happened: from the stack of a runtime error (corrected for
 * the lines `new Function` puts before the body), from a syntax error's message, or, for a bracket
 * never closed, from the bracket itself.
 */

/** The name the snippet runs under, so its frames can be found in a stack. */
export const SOURCE_NAME = "descent-snippet.ts";
export const SOURCE_URL_COMMENT = `\n//# sourceURL=${SOURCE_NAME}`;

export interface Place {
  line: number;
  column: number;
}

const FRAME = new RegExp(`${SOURCE_NAME.replace(".", "\\.")}:(\\d+):(\\d+)`);

/** The snippet's place in an error's stack, `offset` lines shifted back. Never throws, whatever was thrown. */
export function placeInStack(error: unknown, offset: number): Place | undefined {
  let stack: string;
  try {
    stack = error instanceof Error ? String(error.stack ?? "") : "";
  } catch {
    return undefined; // a Proxy, or a stack getter that throws: no place to give
  }
  const match = FRAME.exec(stack);
  if (!match) return undefined;
  return { line: Number(match[1]) - offset, column: Number(match[2]) };
}

/**
 * A place in the JavaScript that sucrase made of `source`, as a place in `source`. Sucrase keeps
 * lines but drops type annotations (`: number`, `as T`, elided imports), which moves the columns
 * after them: the line of JavaScript is matched into the source's line character by character. A
 * line to which the transform added text (an enum, a parameter property) keeps its column.
 */
export function sourcePlace(source: string, js: string, place: Place): Place {
  const sourceLine = source.split("\n", place.line)[place.line - 1];
  const jsLine = js.split("\n", place.line)[place.line - 1];
  if (sourceLine === undefined || jsLine === undefined || sourceLine === jsLine) return place;
  let at = 0; // where the next character of the JavaScript is looked for in the source
  for (let j = 0; j < place.column - 1 && j < jsLine.length; j++) {
    const found = sourceLine.indexOf(jsLine[j]!, at);
    if (found < 0) return place;
    at = found + 1;
  }
  const found = place.column - 1 < jsLine.length ? sourceLine.indexOf(jsLine[place.column - 1]!, at) : -1;
  return { line: place.line, column: (found < 0 ? at : found) + 1 };
}

/** Lines that `new Function` puts before the body: measured once, not assumed, since engines differ. */
let headerLines: number | undefined;
export function functionHeaderLines(): number {
  if (headerLines !== undefined) return headerLines;
  try {
    new pristine.Function("a", "b", `throw new Error()${SOURCE_URL_COMMENT}`)();
  } catch (e) {
    headerLines = (placeInStack(e, 0)?.line ?? 1) - 1;
  }
  return headerLines ?? 0;
}

/**
 * A syntax error's message without the transformer's file name, and its place when the message ends
 * with "(line:column)".
 */
export function syntaxErrorParts(message: string): { message: string; place?: Place } {
  const place = /\((\d+):(\d+)\)\s*$/.exec(message);
  const text = message.replace(/^Error transforming [^:]*: /, "").replace(/\s*\(\d+:\d+\)\s*$/, "");
  return place ? { message: text, place: { line: Number(place[1]), column: Number(place[2]) } } : { message: text };
}

const CLOSER: Record<string, string> = { "(": ")", "[": "]", "{": "}", "${": "}" };
/** After these (or at the start), a `/` opens a regular expression rather than dividing. */
const BEFORE_REGEX = /^$|[(,=:[!&|?{};+\-*%<>~^]$/;

/**
 * The bracket of `source` that is never closed (the innermost one), or a closing bracket that matches
 * none, with its place: what a student needs when the parser only notices at the end of the file.
 * Strings, comments, regular expressions and the text of template literals are skipped; a
 * template's `${…}` is code.
 */
export function unbalancedBracket(source: string): { place: Place; message: string } | undefined {
  const stack: { char: string; place: Place }[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  let previous = ""; // the last character of code that was not white space
  const here = (): Place => ({ line, column });
  const step = () => {
    if (source[i] === "\n") {
      line += 1;
      column = 1;
    } else {
      column += 1;
    }
    i += 1;
  };
  const skipTo = (end: number) => {
    while (i < end) step();
  };
  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    const top = stack.at(-1);
    if (top?.char === "`") {
      // The text of a template literal.
      if (c === "`" || (c === "$" && next === "{")) {
        if (c === "`") stack.pop();
        else stack.push({ char: "${", place: here() });
        previous = c === "`" ? "`" : "{";
      }
      skipTo(i + (c === "\\" || (c === "$" && next === "{") ? 2 : 1));
      continue;
    }
    if (c === "/" && (next === "/" || next === "*")) {
      const end = next === "/" ? source.indexOf("\n", i) : source.indexOf("*/", i + 2);
      skipTo(end < 0 ? source.length : next === "/" ? end : end + 2);
      continue;
    }
    if (c === '"' || c === "'" || (c === "/" && BEFORE_REGEX.test(previous))) {
      step();
      while (i < source.length && source[i] !== c && source[i] !== "\n") skipTo(source[i] === "\\" ? i + 2 : i + 1);
      if (source[i] === c) step();
      previous = c;
      continue;
    }
    if (c === "`" || c in CLOSER) {
      stack.push({ char: c, place: here() });
    } else if (c === ")" || c === "]" || c === "}") {
      const wanted = top ? CLOSER[top.char] : undefined;
      if (wanted !== c) {
        const needs = top
          ? `, where the \`${top.char}\` at line ${top.place.line}, column ${top.place.column} needs \`${wanted}\``
          : "";
        return { place: here(), message: `this \`${c}\` closes nothing${needs}` };
      }
      stack.pop();
    }
    if (!/\s/.test(c)) previous = c;
    step();
  }
  const unclosed = stack.at(-1);
  if (!unclosed) return undefined;
  const what = unclosed.char === "`" ? "template literal" : `\`${unclosed.char}\``;
  return { place: unclosed.place, message: `this ${what} is never closed` };
}
