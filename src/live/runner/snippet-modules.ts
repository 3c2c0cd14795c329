import * as numerics from "@descent/numerics";

/**
 * The modules a live block's code may import, by name: the one place that says so, for the worker
 * that runs students' code, the build that runs the book's, and the tests.
 */
export const SNIPPET_MODULES = { "@descent/numerics": numerics } as const;
