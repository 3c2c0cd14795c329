import { transform } from "sucrase";
import { ConsoleCapture, type ConsoleOutput } from "./console-capture";
import {
  functionHeaderLines,
  placeInStack,
  SOURCE_NAME,
  SOURCE_URL_COMMENT,
  syntaxErrorParts,
  unbalancedBracket,
} from "./error-location";
import { sandboxBindings } from "./sandbox";
import { failure, type SnippetResult } from "./run-result";

/** The modules a snippet may import, by name. */
export type ModuleTable = Record<string, unknown>;

/** What evaluating a snippet gave: its default export, all its exports and what it printed, or a failed run. */
export type Evaluation =
  | { ok: true; exported: unknown; exports: Record<string, unknown>; console: ConsoleOutput; ms: number }
  | Extract<SnippetResult, { ok: false }>;

const PARAMS = ["require", "exports", "module", "console"] as const;
/** The stand-ins for the network, timers and the worker, made once. */
const sandbox = sandboxBindings();
/**
 * The snippet runs inside a function of its own, so its top-level declarations may reuse the
 * shadowed names (`const close = …`). On the snippet's first line, so line numbers stay the student's.
 */
const WRAP_START = "return (function () {";
const WRAP_END = "\n})();";

/**
 * Evaluates a live-code snippet: strips its TypeScript (sucrase, which keeps line numbers), links
 * its imports to `modules` and runs it with a captured console. Never throws: every failure comes
 * back as a `SnippetError` with the student's line and column when known.
 */
export function evaluateSnippet(
  source: string,
  modules: ModuleTable,
  now: () => number = () => performance.now(),
  options: { default: "required" | "optional" } = { default: "required" },
): Evaluation {
  const started = now();
  const capture = new ConsoleCapture();
  const fail = (...[kind, message, details]: Parameters<typeof failure>) =>
    failure(kind, message, { ...details, console: capture.output(), ms: now() - started }) as Extract<
      SnippetResult,
      { ok: false }
    >;

  let js: string;
  try {
    js = transform(source, { transforms: ["typescript", "imports"], filePath: SOURCE_NAME }).code;
  } catch (e) {
    const parsed = syntaxErrorParts(e instanceof Error ? e.message : String(e));
    // A bracket left open is noticed lines later, often at the end of the file: point at the bracket.
    const bracket = unbalancedBracket(source);
    const { message, place } = bracket && (parsed.place?.line ?? Infinity) > bracket.place.line ? bracket : parsed;
    return fail("syntax", message, { ...place });
  }

  const require = (name: string): unknown => {
    if (Object.hasOwn(modules, name)) return modules[name];
    const names = Object.keys(modules).map((m) => `"${m}"`);
    throw new Error(`a live block can import only ${names.join(", ")}, not "${name}"`);
  };
  const module = { exports: {} as Record<string, unknown> };
  let run: (...args: unknown[]) => unknown;
  try {
    const body = `${WRAP_START}${js}${WRAP_END}${SOURCE_URL_COMMENT}`;
    run = new Function(...PARAMS, ...sandbox.names, body) as (...args: unknown[]) => unknown;
  } catch (e) {
    return fail("syntax", e instanceof Error ? e.message : String(e));
  }
  try {
    run(require, module.exports, module, capture.console(), ...sandbox.values);
  } catch (e) {
    const place = placeInStack(e, functionHeaderLines());
    if (place?.line === 1) place.column = Math.max(1, place.column - WRAP_START.length);
    const message = e instanceof Error ? `${e.name}: ${e.message}` : `the snippet threw ${String(e)}`;
    return fail("runtime", message, { ...place });
  }
  const exported = module.exports.default;
  if (exported === undefined && options.default === "required") {
    return fail("figure", "the snippet has no default export: end it with `export default figure({ panels: [...] })`");
  }
  return { ok: true, exported, exports: module.exports, console: capture.output(), ms: now() - started };
}
