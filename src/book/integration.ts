/**
 * Reads the book before anything is built (and before `astro dev` or `astro check` start): when its
 * sources have a problem, prints each problem, naming its file and field, and stops. A thrown error
 * would be printed with a stack trace into Astro's code, which says nothing about the chapter at fault.
 */
import type { AstroIntegration } from "astro";
import { bookAt, unnumberedMentions } from "./book.ts";
import { BookError } from "./book-error.ts";
import { shown } from "./folders.ts";
import { pageMentions } from "./read-chapter.ts";

export interface BookCheckOptions {
  /** The chapters' folder. */
  root: string;
  /** Other pages whose prose may mention the book's figures and exercises (the notation page). */
  pages?: string[];
}

export default function bookCheck({ root, pages = [] }: BookCheckOptions): AstroIntegration {
  return {
    name: "descent:book",
    hooks: {
      "astro:config:setup": ({ logger }) => {
        try {
          const book = bookAt(root);
          const problems = pages.flatMap((page) => unnumberedMentions(book, shown(page), pageMentions(page)));
          if (problems.length > 0) throw new BookError(problems);
        } catch (error) {
          if (!(error instanceof BookError)) throw error;
          const count = error.problems.length === 1 ? "a problem" : `${error.problems.length} problems`;
          logger.error(`The book has ${count}; nothing was built.\n${error.message}`);
          process.exit(1);
        }
      },
    },
  };
}
