import { parse, type Node, type Pattern, type Program } from "acorn";

/**
 * A snippet's module syntax (its imports and exports) turned into the body of a function, without
 * moving any of the student's code: every other character stays on its line and in its column, so
 * the places in errors are the student's own.
 *
 * - An import becomes a `const` declaration at the very start (imports are hoisted), asking the
 *   linker for the module and each name it imports; the import itself is blanked out.
 * - `export` before a declaration is blanked out, and what it declares is assigned to the exports
 *   object after the last line (so `export const a = 1, b = 0;` exports both: sucrase #455).
 * - `export default <expression>` becomes `;E.default=<expression>` in the same columns.
 * - `export { a as b }` and re-exports are blanked out and assigned after the last line.
 *
 * Parsed by acorn (a complete ECMAScript parser): the input is the JavaScript that sucrase's
 * TypeScript transform leaves, which keeps the student's lines.
 */

/** What `linkModule` makes of a module: the parts of the function body, in order. */
export interface LinkedModule {
  /** Goes on the first line, before the code: the imports' declarations (no line break). */
  prefix: string;
  /** The code, every line where it was, the module syntax blanked or rewritten in place. */
  code: string;
  /** Goes after the code (from a new line): the exports' assignments. */
  suffix: string;
  /** The names the function must give the linker and the exports object (found nowhere in the code). */
  linker: string;
  exports: string;
  /** The line of `export default`, when there is one: where a figure that cannot be drawn was made. */
  defaultLine?: number;
}

/** A syntax error the parser found, at its place (line from 1, column from 1). */
export class ModuleSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

type Position = { line: number; column: number };
/** `export default`, with any white space or comments between the two words. */
const KEYWORDS = /^export(?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n]*\n)*default/;
type Located = Node & { loc?: { start: Position } | null };
type Named = { type: string; name?: string; value?: unknown };

/** A name of the form `base`, `base0` … `base99` that the code does not contain anywhere. */
function unusedName(code: string, base: string): string {
  if (!code.includes(base)) return base;
  for (let i = 0; i < 100; i++) if (!code.includes(`${base}${i}`)) return `${base}${i}`;
  throw new ModuleSyntaxError(`the code uses every name from ${base}0 to ${base}99; rename some`, 1, 1);
}

/** The name an import or export specifier stands for: an identifier or a string (`export { a as "b c" }`). */
const nameOf = (node: Named): string => (node.type === "Identifier" ? node.name! : String(node.value));

/** The names a declaration's pattern binds: `a`, `{ b, c: [d] }`, `...e`, `f = 1`. */
function boundNames(pattern: Pattern, into: string[]): string[] {
  switch (pattern.type) {
    case "Identifier":
      into.push(pattern.name);
      break;
    case "ObjectPattern":
      for (const p of pattern.properties) boundNames(p.type === "RestElement" ? p.argument : p.value, into);
      break;
    case "ArrayPattern":
      for (const p of pattern.elements) if (p) boundNames(p, into);
      break;
    case "RestElement":
      boundNames(pattern.argument, into);
      break;
    case "AssignmentPattern":
      boundNames(pattern.left, into);
      break;
    default:
      break; // a member expression cannot be declared
  }
  return into;
}

/** Converts the module syntax of `js`; throws a `ModuleSyntaxError` for code that is not a valid module. */
export function linkModule(js: string): LinkedModule {
  let program: Program;
  try {
    program = parse(js, {
      ecmaVersion: "latest",
      sourceType: "module",
      locations: true,
      allowAwaitOutsideFunction: false,
    });
  } catch (e) {
    const loc = (e as { loc?: Position }).loc;
    const message = (e instanceof Error ? e.message : String(e)).replace(/\s*\(\d+:\d+\)$/, "");
    throw new ModuleSyntaxError(message, loc?.line ?? 1, (loc?.column ?? 0) + 1);
  }
  if (/\bimport\s*\(/.test(js)) {
    const loads = notInAFunction(js, true);
    if (loads) throw new ModuleSyntaxError(loads.message, loads.line, loads.column);
  }
  const linker = unusedName(js, "$r");
  const exportsName = unusedName(js, "$e");
  const chars = js.split("");
  /** Blanks `[from, to)` with spaces, keeping line breaks (so lines do not move). */
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (chars[i] !== "\n" && chars[i] !== "\r") chars[i] = " ";
  };
  /** Writes `text` over the start of `[from, to)` and blanks the rest (`text` is never longer). */
  const overwrite = (from: number, to: number, text: string) => {
    blank(from, to);
    for (let i = 0; i < text.length; i++) chars[from + i] = text[i]!;
  };
  const place = (node: Located) => `${node.loc!.start.line}, ${node.loc!.start.column + 1}`;
  /** `linker("module", ["a", "b"], line, column)`: the module, once the linker has found every name in it. */
  const link = (node: Located, source: Named, names: string[]) =>
    `${linker}(${JSON.stringify(nameOf(source))}, ${JSON.stringify(names)}, ${place(node)})`;
  const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`);

  const imports: string[] = [];
  const exported: string[] = [];
  let defaultLine: number | undefined;
  for (const node of program.body) {
    switch (node.type) {
      case "ImportDeclaration": {
        const names: string[] = [];
        const bound: string[] = [];
        let namespace: string | undefined;
        for (const s of node.specifiers) {
          if (s.type === "ImportNamespaceSpecifier") namespace = s.local.name;
          else {
            const name = s.type === "ImportDefaultSpecifier" ? "default" : nameOf(s.imported);
            names.push(name);
            bound.push(`${JSON.stringify(name)}: ${s.local.name}`);
          }
        }
        const module = link(node, node.source, names);
        if (namespace) imports.push(`const ${namespace} = ${module};`);
        if (bound.length) imports.push(`const { ${bound.join(", ")} } = ${namespace ?? module};`);
        if (!namespace && !bound.length) imports.push(`${module};`);
        blank(node.start, node.end);
        break;
      }
      case "ExportNamedDeclaration": {
        if (node.declaration) {
          const d = node.declaration;
          const names =
            d.type === "VariableDeclaration" ? d.declarations.flatMap((v) => boundNames(v.id, [])) : [d.id.name];
          for (const name of names) exported.push(`${exportsName}${key(name)} = ${name};`);
          blank(node.start, d.start);
        } else {
          const from = node.source
            ? link(
                node,
                node.source,
                node.specifiers.map((s) => nameOf(s.local)),
              )
            : undefined;
          for (const s of node.specifiers) {
            const value = from ? `${from}${key(nameOf(s.local))}` : nameOf(s.local);
            exported.push(`${exportsName}${key(nameOf(s.exported))} = ${value};`);
          }
          blank(node.start, node.end);
        }
        break;
      }
      case "ExportAllDeclaration": {
        const module = link(node, node.source, []);
        exported.push(
          node.exported
            ? `${exportsName}${key(nameOf(node.exported))} = ${module};`
            : `for (const [k, v] of Object.entries(${module})) if (k !== "default") ${exportsName}[k] = v;`,
        );
        blank(node.start, node.end);
        break;
      }
      case "ExportDefaultDeclaration": {
        const d = node.declaration;
        defaultLine = node.loc!.start.line;
        const declared = (d.type === "FunctionDeclaration" || d.type === "ClassDeclaration") && d.id;
        if (declared) {
          // A named function or class stays a declaration (hoisted, and bound in the module).
          exported.push(`${exportsName}.default = ${d.id!.name};`);
          blank(node.start, d.start);
        } else {
          // Only the keywords are replaced (the expression may start with a bracket acorn does not
          // count as its own): `export default` is 14 characters and this at most 14.
          const keywords = KEYWORDS.exec(js.slice(node.start, d.start))![0];
          overwrite(node.start, node.start + keywords.length, `;${exportsName}.default=`);
        }
        break;
      }
      default:
        break;
    }
  }
  return {
    prefix: imports.join(" "),
    code: chars.join(""),
    suffix: exported.length ? `\n;${exported.join(" ")}` : "",
    linker,
    exports: exportsName,
    ...(defaultLine !== undefined ? { defaultLine } : {}),
  };
}

const FUNCTIONS = new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);

/**
 * What a module may hold but figure code may not, with its place (line from 1, column from 1): a
 * load at run time (`import(…)`), and what the body of a function cannot hold (an `await` outside any
 * function, `import.meta`). Looked for only when the text has `import(` or the function could not be
 * made, so it costs nothing on a run that works; `loadsOnly` looks for the load alone.
 */
export function notInAFunction(
  js: string,
  loadsOnly = false,
): { message: string; line: number; column: number } | undefined {
  let program: Program;
  try {
    program = parse(js, { ecmaVersion: "latest", sourceType: "module", locations: true });
  } catch {
    return undefined;
  }
  const found = (node: Located, message: string) => ({
    message,
    line: node.loc!.start.line,
    column: node.loc!.start.column + 1,
  });
  const visit = (node: unknown, inFunction: boolean): ReturnType<typeof notInAFunction> => {
    if (Array.isArray(node)) {
      for (const child of node) {
        const hit = visit(child, inFunction);
        if (hit) return hit;
      }
      return undefined;
    }
    if (typeof node !== "object" || node === null || typeof (node as Node).type !== "string") return undefined;
    const n = node as Node & { await?: boolean; meta?: Named };
    if (n.type === "ImportExpression")
      return found(n, "`import(…)` is not available to figure code: import what it needs at the top of the file");
    if (!loadsOnly) {
      if (!inFunction && (n.type === "AwaitExpression" || (n.type === "ForOfStatement" && n.await)))
        return found(n, "`await` is only valid inside an async function: figure code runs once, top to bottom");
      if (n.type === "MetaProperty" && n.meta?.name === "import")
        return found(n, "`import.meta` is not available to figure code");
    }
    const inside = inFunction || FUNCTIONS.has(n.type);
    for (const [key, child] of Object.entries(n)) {
      if (key === "loc") continue;
      const hit = visit(child, inside);
      if (hit) return hit;
    }
    return undefined;
  };
  return visit(program.body, false);
}
