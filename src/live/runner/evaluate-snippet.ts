import { transform } from "sucrase";
import { ConsoleCapture, type ConsoleOutput } from "./console-capture";
import {
  functionHeaderLines,
  placeInStack,
  sourcePlace,
  SOURCE_NAME,
  SOURCE_URL_COMMENT,
  syntaxErrorParts,
  unbalancedBracket,
} from "./error-location";
import { linkModule, ModuleSyntaxError, notInAFunction, type LinkedModule } from "./module-syntax";
import { pristine } from "./pristine";
import { sandboxBindings } from "./sandbox";
import { failure, type SnippetResult } from "./run-result";
import { describeThrown } from "./thrown-value";

type Place = { line: number; column: number };

/** The modules a snippet may import, by name. */
export type ModuleTable = Record<string, unknown>;

/** What evaluating a snippet gave: its default export, all its exports and what it printed, or a failed run. */
export type Evaluation =
  | {
      ok: true;
      exported: unknown;
      exports: Record<string, unknown>;
      console: ConsoleOutput;
      ms: number;
      /** The line of its `export default`, if it has one. */
      defaultLine?: number;
      /** Where in the student's code a value thrown later (by a function or getter of theirs) was thrown. */
      placeOf: (thrown: unknown) => Place | undefined;
    }
  | Extract<SnippetResult, { ok: false }>;

/** The stand-ins for the network, timers and the worker, made once. */
const sandbox = sandboxBindings();
/**
 * The snippet runs inside a strict function of its own, so its top-level declarations may reuse the
 * shadowed names (`const close = …`). On the snippet's first line, with its imports, so line numbers
 * stay the student's.
 */
const WRAP_START = 'return (function () {"use strict";';
const WRAP_END = "\n})();";

/** A module, or an import of one, that cannot be linked: at the import's place. */
class LinkError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/** The TypeScript stripped and the module syntax linked, of the last few sources (a check runs with every run). */
type Compiled = { js: string; linked: LinkedModule } | { error: { message: string; line?: number; column?: number } };
const compiled = new Map<string, Compiled>();
const KEEP_COMPILED = 4;

function compile(source: string): Compiled {
  const kept = compiled.get(source);
  if (kept) return kept;
  let result: Compiled;
  let js: string | undefined;
  try {
    js = transform(source, { transforms: ["typescript"], filePath: SOURCE_NAME }).code;
    result = { js, linked: linkModule(js) };
  } catch (e) {
    if (e instanceof ModuleSyntaxError) {
      result = { error: { message: e.message, ...sourcePlace(source, js!, e) } };
    } else {
      const parsed = syntaxErrorParts(e instanceof Error ? e.message : String(e));
      // A bracket left open is noticed lines later, often at the end of the file: point at the bracket.
      const bracket = unbalancedBracket(source);
      const { message, place } = bracket && (parsed.place?.line ?? Infinity) > bracket.place.line ? bracket : parsed;
      result = { error: { message, ...place } };
    }
  }
  if (compiled.size >= KEEP_COMPILED) compiled.delete(compiled.keys().next().value!);
  compiled.set(source, result);
  return result;
}

/**
 * Evaluates a live-code snippet: strips its TypeScript (sucrase, which keeps line numbers), turns its
 * imports and exports into a function's (acorn, keeping every line and column), links its imports to
 * `modules` and runs it with a captured console. Never throws: every failure comes back as a
 * `SnippetError` with the student's line and column when known.
 */
export function evaluateSnippet(
  source: string,
  modules: ModuleTable,
  now: () => number = () => performance.now(),
  options: {
    default: "required" | "optional";
    /** More names the code sees, and their values (an exercise's check gets the built-ins as they were). */
    bindings?: Record<string, unknown>;
  } = { default: "required" },
): Evaluation {
  const started = now();
  const capture = new ConsoleCapture();
  const fail = (...[kind, message, details]: Parameters<typeof failure>) =>
    failure(kind, message, { ...details, console: capture.output(), ms: now() - started }) as Extract<
      SnippetResult,
      { ok: false }
    >;

  const code = compile(source);
  if ("error" in code) return fail("syntax", code.error.message, code.error);
  const { linked } = code;

  const link = (name: string, names: string[], line: number, column: number): unknown => {
    if (!Object.hasOwn(modules, name)) {
      const known = Object.keys(modules).map((m) => `"${m}"`);
      throw new LinkError(`a live block can import only ${known.join(", ")}, not "${name}"`, line, column);
    }
    const module = modules[name] as Record<string, unknown>;
    const missing = names.find((n) => !Object.hasOwn(module, n));
    if (missing !== undefined) throw new LinkError(`"${name}" has no export named ${missing}`, line, column);
    return module;
  };
  const exports: Record<string, unknown> = {};
  const bindings = options.bindings ?? {};
  let run: (...args: unknown[]) => unknown;
  try {
    const body = `${WRAP_START}${linked.prefix}${linked.code}${linked.suffix}${WRAP_END}${SOURCE_URL_COMMENT}`;
    const names = [linked.linker, linked.exports, "console", ...sandbox.names, ...Object.keys(bindings)];
    run = new pristine.Function(...names, body) as typeof run;
  } catch (e) {
    // What the parser allows in a module but a function body does not (a top-level await).
    const place = notInAFunction(code.js);
    return fail("syntax", place ? place.message : describeThrown(e), place && sourcePlace(source, code.js, place));
  }
  const placeOf = (thrown: unknown): Place | undefined => {
    const place = placeInStack(thrown, functionHeaderLines());
    if (!place) return undefined;
    // The first line also holds the function's start and the imports.
    if (place.line === 1) place.column = Math.max(1, place.column - WRAP_START.length - linked.prefix.length);
    return sourcePlace(source, code.js, place);
  };
  try {
    run(link, exports, capture.console(), ...sandbox.values, ...Object.values(bindings));
  } catch (e) {
    if (e instanceof LinkError) return fail("runtime", e.message, sourcePlace(source, code.js, e));
    return fail("runtime", describeThrown(e), { ...placeOf(e) });
  }
  const exported = exports.default;
  if (exported === undefined && options.default === "required") {
    return fail("figure", "the snippet has no default export: end it with `export default figure({ panels: [...] })`");
  }
  return {
    ok: true,
    exported,
    exports,
    console: capture.output(),
    ms: now() - started,
    placeOf,
    ...(linked.defaultLine !== undefined ? { defaultLine: linked.defaultLine } : {}),
  };
}
