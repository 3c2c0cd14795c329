/**
 * Where in the student's code an error happened: from the stack of a runtime error (corrected for
 * the lines `new Function` puts before the body), or from a syntax error's message.
 */

/** The name the snippet runs under, so its frames can be found in a stack. */
export const SOURCE_NAME = "descent-snippet.ts";
export const SOURCE_URL_COMMENT = `\n//# sourceURL=${SOURCE_NAME}`;

export interface Place {
  line: number;
  column: number;
}

const FRAME = new RegExp(`${SOURCE_NAME.replace(".", "\\.")}:(\\d+):(\\d+)`);

/** The snippet's place in an error's stack, `offset` lines shifted back. */
export function placeInStack(error: unknown, offset: number): Place | undefined {
  const stack = error instanceof Error ? String(error.stack ?? "") : "";
  const match = FRAME.exec(stack);
  if (!match) return undefined;
  return { line: Number(match[1]) - offset, column: Number(match[2]) };
}

/** Lines that `new Function` puts before the body: measured once, not assumed, since engines differ. */
let headerLines: number | undefined;
export function functionHeaderLines(params: readonly string[]): number {
  if (headerLines !== undefined) return headerLines;
  try {
    new Function(...params, `throw new Error()${SOURCE_URL_COMMENT}`)();
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
