/**
 * What is wrong with the book's sources, each problem a line naming its file (with the line, where
 * there is one) and the field or element at fault: the build prints these and stops, with no stack
 * trace, since the fault is in a chapter, not in the site's code.
 */
export class BookError extends Error {
  /** One line a problem: `content/chapters/04-x/index.mdx:12: …`. */
  readonly problems: string[];

  constructor(problems: string[]) {
    super(problems.join("\n"));
    this.name = "BookError";
    this.problems = problems;
  }
}

/** A file's place as messages name it: `path`, `path:line` or `path:line:column`. */
export const placeOf = (file: string, line?: number, column?: number) =>
  line === undefined ? file : column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
