/**
 * The modules a snippet may import, by the name it imports them by: the one table given to the
 * evaluator by the browser's worker, by the build (a block's figure at build time) and by the tests.
 * It imports nothing of Astro or Node, so the worker can bundle it.
 */
import * as numerics from "@descent/numerics";

export const SNIPPET_MODULES = { "@descent/numerics": numerics };
