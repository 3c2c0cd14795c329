import type { ConsoleOutput } from "./console-capture";

/**
 * What the page carries for each block besides its HTML (written by LiveCode.astro at build time, read
 * when the block comes alive): the book's code, what it printed when the book was built, and for an
 * exercise's block its check and the exercise's id. The check's source goes to the worker with each run.
 */
export interface BookData {
  code: string;
  output: ConsoleOutput;
  check?: string;
  exercise?: string;
  /** What the block is called where it is shared or embedded ("Figure 2.1 · The modified loss · Descent"). */
  title?: string;
}
