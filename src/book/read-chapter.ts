/**
 * Reads one chapter's folder: its front matter (YAML, by Astro's own front-matter parser, checked
 * against the content collection's schema) and its page's MDX (parsed by MDX's own parser, with the
 * math and GFM syntax the site renders with), into what the book model says of a chapter. Every
 * problem found is named with its file, line and the field or element at fault.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { createProcessor } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import { anchors } from "../lib/anchors.ts";
import { placeOf } from "./book-error.ts";
import { FOLDER_NAME, PAGE_FILE, exerciseFiles, isSnippetFile, shown } from "./folders.ts";
import { captionLabel, mentionsIn } from "./mentions.ts";
import { chapterSchema } from "./schema.ts";
import { EXERCISE_KINDS, type Chapter, type Exercise, type ExerciseKind, type MentionAt } from "./types.ts";

/** The little of the MDX syntax tree (mdast with MDX's nodes) that the model reads. */
interface Node {
  type: string;
  name?: string | null;
  value?: string;
  depth?: number;
  children?: Node[];
  attributes?: Attribute[];
  position?: { start: { line: number; column: number } };
  data?: { estree?: Program };
}
interface Attribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string; data?: { estree?: Program } };
}
/** The little of JavaScript's syntax tree (estree) in MDX's imports and attribute expressions. */
interface Program {
  body: Script[];
}
interface Script {
  type: string;
  expression?: Script;
  source?: { value?: unknown };
  specifiers?: { type: string; local: { name: string } }[];
  elements?: (Script | null)[];
  value?: unknown;
  name?: string;
}

let processor: ReturnType<typeof createProcessor> | undefined;
/** MDX's parser with the syntax extensions the site renders chapters with (astro.config.mjs). */
const parser = () => (processor ??= createProcessor({ remarkPlugins: [remarkGfm, remarkMath] }));

/** Prose in these is not read for mentions: code, math, links, headings, tables and scripts (as the plugin). */
const NOT_PROSE = new Set([
  "code",
  "inlineCode",
  "math",
  "inlineMath",
  "link",
  "linkReference",
  "heading",
  "table",
  "html",
  "mdxjsEsm",
  "mdxFlowExpression",
  "mdxTextExpression",
]);

const isElement = (node: Node, name: string) =>
  (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === name;
const textOf = (node: Node): string =>
  node.type === "text" || node.type === "inlineCode" ? (node.value ?? "") : (node.children ?? []).map(textOf).join("");
const lineOf = (node: Node) => node.position?.start.line ?? 1;

/** Visits `node` and its descendants in document order, with the chain of elements above each. */
function walk(node: Node, visit: (node: Node, ancestors: Node[]) => boolean | void, ancestors: Node[] = []): void {
  if (visit(node, ancestors) === false) return;
  for (const child of node.children ?? []) walk(child, visit, [...ancestors, node]);
}

/** What the prose of a page mentions (text in code, math, links, headings and tables aside). */
function mentionsOf(tree: Node): MentionAt[] {
  const found: MentionAt[] = [];
  walk(tree, (node, ancestors) => {
    if (node.type !== "text" || ancestors.some((a) => NOT_PROSE.has(a.type))) return;
    const value = node.value ?? "";
    const parent = ancestors.at(-1);
    // A caption's label ("**Figure 2.1.**") names its figure; it does not mention it.
    if (parent?.type === "strong" && captionLabel(textOf(parent)) !== undefined) return;
    for (const mention of mentionsIn(value))
      found.push({ ...mention, line: lineOf(node) + (value.slice(0, mention.at).match(/\n/g)?.length ?? 0) });
  });
  return found;
}

/** The mentions in the prose of another MDX page than a chapter (the notation page). */
export function pageMentions(path: string): MentionAt[] {
  const { content } = parseFrontmatter(readFileSync(path, "utf8"), { frontmatter: "empty-with-spaces" });
  return mentionsOf(parser().parse(content) as unknown as Node);
}

export interface ChapterReading {
  /** The chapter, when its front matter and page could be read. */
  chapter?: Chapter;
  problems: string[];
}

/** Reads the chapter in the folder `dir` (named `folder`). */
export function readChapter(dir: string, folder: string): ChapterReading {
  const path = join(dir, PAGE_FILE);
  const file = shown(path);
  if (!existsSync(path)) {
    return {
      problems: [
        `${shown(dir)}: a chapter folder needs its page, ${PAGE_FILE}, and this one has none ` +
          `(every folder in the chapters' folder is a chapter; move anything else out of it)`,
      ],
    };
  }
  const source = readFileSync(path, "utf8");
  const problems: string[] = [];
  const problem = (line: number | undefined, text: string) => problems.push(`${placeOf(file, line)}: ${text}`);

  // Front matter, by the parser Astro reads it with; blanked to spaces so the MDX keeps its lines.
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(source, { frontmatter: "empty-with-spaces" });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { problems: [`${file}: the front matter is not valid YAML: ${reason}`] };
  }
  if (!parsed.rawFrontmatter) problem(1, "no front matter: the page must start with `---`, its fields, and `---`");
  const front = chapterSchema.safeParse(parsed.frontmatter);
  if (!front.success) {
    for (const issue of front.error.issues) {
      const field = issue.path.join(".") || "(the front matter)";
      const value = issue.path.reduce<unknown>(
        (at, key) => (at as Record<string | number, unknown> | undefined)?.[key as string],
        parsed.frontmatter,
      );
      problem(undefined, `front matter field "${field}" ${value === undefined ? "is missing" : issue.message}`);
    }
  }
  const numberInName = FOLDER_NAME.exec(folder)?.[1];
  if (numberInName === undefined)
    problems.push(
      `${shown(dir)}: a chapter folder is named by its number and a name, like 04-your-topic ` +
        `(lower-case letters, digits and hyphens)`,
    );
  else if (front.success && Number(numberInName) !== front.data.number)
    problem(
      undefined,
      `front matter field "number" is ${front.data.number}, and the folder's name says ${Number(numberInName)}: ` +
        `rename the folder or change the number`,
    );

  let tree: Node;
  try {
    tree = parser().parse(parsed.content) as unknown as Node;
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    problems.push(
      `${placeOf(file, place.line, place.column)}: the MDX cannot be read: ${place.reason ?? place.message}`,
    );
    return { problems };
  }

  const files = readdirSync(dir);
  const number = front.success ? front.data.number : Number(numberInName);

  // The snippets imported as text: `import name from "./file.ts?raw";`.
  const raw = new Map<string, string>();
  for (const node of tree.children ?? []) {
    if (node.type !== "mdxjsEsm") continue;
    for (const statement of node.data?.estree?.body ?? []) {
      const from = statement.source?.value;
      if (statement.type !== "ImportDeclaration" || typeof from !== "string" || !from.endsWith("?raw")) continue;
      const local = statement.specifiers?.find((s) => s.type === "ImportDefaultSpecifier")?.local.name;
      const target = from.replace(/\?raw$/, "").replace(/^\.\//, "");
      if (!local) continue;
      if (target.includes("/") || !files.includes(target))
        problem(lineOf(node), `imports "${from}", and the chapter's folder has no ${target}`);
      raw.set(local, target);
    }
  }

  /** An element's attribute: a text value (`id="x"` or `id={"x"}`), an imported snippet's name, or a list. */
  const attribute = (element: Node, name: string) => element.attributes?.find((a) => a.name === name);
  const expressionOf = (element: Node, name: string): Script | undefined => {
    const value = attribute(element, name)?.value;
    return typeof value === "object" && value ? value.data?.estree?.body[0]?.expression : undefined;
  };
  const text = (element: Node, name: string): string | undefined => {
    const value = attribute(element, name)?.value;
    if (typeof value === "string") return value;
    const expression = expressionOf(element, name);
    if (expression?.type === "Literal" && typeof expression.value === "string") return expression.value;
    if (value !== undefined) problem(lineOf(element), `<${element.name}> ${name} must be text, like ${name}="…"`);
    return undefined;
  };
  const snippet = (element: Node, name: string): string | undefined => {
    if (!attribute(element, name)) return undefined;
    const expression = expressionOf(element, name);
    const file = expression?.type === "Identifier" ? raw.get(expression.name!) : undefined;
    if (file === undefined)
      problem(
        lineOf(element),
        `<${element.name}> ${name}={…} must name a snippet imported as text (import x from "./x.ts?raw")`,
      );
    return file;
  };
  const texts = (element: Node, name: string): string[] | undefined => {
    if (!attribute(element, name)) return undefined;
    const list = expressionOf(element, name);
    const items = list?.type === "ArrayExpression" ? (list.elements ?? []) : [];
    if (list?.type !== "ArrayExpression" || items.some((i) => i?.type !== "Literal" || typeof i.value !== "string")) {
      problem(lineOf(element), `<${element.name}> ${name} must be a list of texts, like ${name}={["…", "…"]}`);
      return undefined;
    }
    return items.map((i) => i!.value as string);
  };

  const chapter: Chapter = {
    ...(front.success ? front.data : { title: "", slug: "", number, summary: "", sources: [] }),
    folder,
    dir,
    file,
    blocks: [],
    exercises: [],
    equations: [],
    displayMath: 0,
    headings: [],
    snippets: files.filter(isSnippetFile).sort(),
    mentions: mentionsOf(tree),
  };
  const numbered = (what: string, value: string, line: number) => {
    if (!/^\d+\.\d+$/.test(value)) problem(line, `${what} "${value}" must be numbered like ${number}.1`);
    else if (value.split(".")[0] !== String(number))
      problem(line, `${what} ${value} is in chapter ${number}: number it ${number}.…`);
    else return true;
    return false;
  };

  walk(tree, (node, ancestors) => {
    const line = lineOf(node);
    if (node.type === "heading" && (node.depth === 2 || node.depth === 3))
      chapter.headings.push({ depth: node.depth, text: textOf(node), line });
    if (node.type === "math") {
      chapter.displayMath++;
      const tag = /\\tag\{(\d+\.\d+)\}/.exec(node.value ?? "")?.[1];
      if (tag && numbered("Equation", tag, line))
        chapter.equations.push({ number: tag, anchor: anchors.equation(tag), line });
    }
    if (isElement(node, "LiveCode")) {
      const id = text(node, "id");
      const file = snippet(node, "code");
      if (!id) problem(line, `<LiveCode> needs an id (unique in the book: it keys students' saved edits)`);
      if (!attribute(node, "code")) problem(line, `<LiveCode> needs code={snippet}, a snippet imported as text`);
      const first = node.children?.[0];
      const label =
        first?.type === "paragraph" && first.children?.[0]?.type === "strong" ? first.children[0] : undefined;
      const figure = label ? captionLabel(textOf(label)) : undefined;
      if (figure !== undefined) numbered("Figure", figure, line);
      if (id && file)
        chapter.blocks.push({ id, file, ...(figure ? { figure } : {}), anchor: anchors.figure(id), line });
    }
    const inExercise = ancestors.some((a) => isElement(a, "Exercise"));
    if (isElement(node, "Exercise")) {
      if (inExercise) problem(line, `an <Exercise> cannot hold another one`);
      else chapter.exercises.push(readExercise(node, line));
    }
    if ((isElement(node, "Hint") || isElement(node, "Solution")) && !inExercise)
      problem(line, `<${node.name}> belongs inside an <Exercise>`);
  });

  function readExercise(element: Node, line: number): Exercise {
    const id = text(element, "id") ?? "";
    const given = text(element, "number") ?? "";
    const kind = text(element, "kind") as ExerciseKind;
    const place = `Exercise ${given || "(no number)"}`;
    if (!id) problem(line, `${place}: <Exercise> needs an id (unique in the book: it keys students' progress)`);
    const expected = `${number}.${chapter.exercises.length + 1}`;
    if (given !== expected)
      problem(
        line,
        given
          ? `${place}: field "number" is out of order: the chapter's exercise ${chapter.exercises.length + 1} ` +
              `is numbered ${expected}`
          : `<Exercise> needs its number, number="${expected}"`,
      );
    if (!EXERCISE_KINDS.includes(kind))
      problem(line, `${place}: field "kind" must be one of ${EXERCISE_KINDS.join(", ")}, not "${kind ?? ""}"`);
    const starter = snippet(element, "code");
    const check = snippet(element, "check");
    if ((kind === "compute" || kind === "predict") && (!attribute(element, "code") || !attribute(element, "check")))
      problem(line, `${place} (${kind}) needs code={…} and check={…}, snippets imported as text`);
    if (kind === "derive" && attribute(element, "code"))
      problem(line, `${place} (derive) is worked on paper: it has no code`);
    let hints = 0;
    let workedSolution = false;
    let solution: string | undefined;
    walk(element, (node) => {
      if (node !== element && isElement(node, "Exercise")) return false;
      if (isElement(node, "Hint")) {
        if (text(node, "slot") !== "hint") problem(lineOf(node), `<Hint> needs slot="hint"`);
        hints++;
      }
      if (isElement(node, "Solution")) {
        if (text(node, "slot") !== "solution") problem(lineOf(node), `<Solution> needs slot="solution"`);
        workedSolution = true;
        solution = snippet(node, "code");
      }
    });
    const answer = starter && exerciseFiles(starter).answer;
    const choices = texts(element, "choices");
    return {
      id,
      number: given,
      kind,
      anchor: anchors.exercise(given),
      files: {
        ...(starter ? { starter } : {}),
        ...(check ? { check } : {}),
        ...(solution ? { solution } : {}),
        ...(answer && files.includes(answer) ? { answer } : {}),
      },
      ...(choices ? { choices } : {}),
      hints,
      workedSolution,
      line,
    };
  }

  return { chapter: front.success && numberInName !== undefined ? chapter : undefined, problems };
}
