/** What the book model says of the book: its chapters, and what each holds. */
import type { Mention } from "./mentions.ts";
import type { ChapterFrontMatter } from "./schema.ts";

/** A live block placed in a chapter: `<LiveCode id="…" code={snippet}>`, with its caption. */
export interface LiveBlock {
  /** Unique in the book and stable: it keys a student's saved edits. */
  id: string;
  /** The snippet's file in the chapter's folder (`gd-vs-flow.ts`). */
  file: string;
  /** The figure's number ("2.1") when its caption starts with "**Figure 2.1.**". */
  figure?: string;
  /** Its anchor on the chapter's page. */
  anchor: string;
  line: number;
}

export const EXERCISE_KINDS = ["compute", "predict", "derive"] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

/** An exercise: `<Exercise id number kind code check …>` with its hints and worked solution. */
export interface Exercise {
  /** Unique in the book and stable: it keys a student's progress. */
  id: string;
  /** "2.3": the chapter's number, then its place among the chapter's exercises. */
  number: string;
  kind: ExerciseKind;
  anchor: string;
  /** Its files in the chapter's folder (a derive exercise has none). */
  files: {
    /** The code the student starts from (a predict exercise: the code that runs once committed). */
    starter?: string;
    check?: string;
    /** The worked solution's code, which passes the check. */
    solution?: string;
    /** A predict exercise's right answer (`ex-name.answer.ts`), read only by the tests. */
    answer?: string;
  };
  /** A predict exercise's choices (absent: the answer is a number). */
  choices?: string[];
  /** How many hints (`<Hint slot="hint">`) it has. */
  hints: number;
  /** Whether it has a worked solution (`<Solution slot="solution">`). */
  workedSolution: boolean;
  line: number;
}

/** A numbered display equation (`\tag{2.7}`). */
export interface Equation {
  number: string;
  anchor: string;
  line: number;
}

/** A section heading of the chapter's prose (`##`, `###`). */
export interface Heading {
  depth: number;
  text: string;
  line: number;
}

/** A mention of a numbered thing in the chapter's prose, and its line. */
export interface MentionAt extends Mention {
  line: number;
}

/** A chapter: its front matter, its folder, and what its page holds. */
export interface Chapter extends ChapterFrontMatter {
  /** Its folder's name under the chapters' folder (`02-modified-loss`). */
  folder: string;
  /** Its folder's path. */
  dir: string;
  /** Its page (index.mdx) as messages name it. */
  file: string;
  /** Its live blocks (figures), in page order. */
  blocks: LiveBlock[];
  /** Its exercises, in page order. */
  exercises: Exercise[];
  /** Its numbered display equations, in page order. */
  equations: Equation[];
  /** How many display equations it has, numbered or not. */
  displayMath: number;
  /** Its section headings (levels 2 and 3), in page order. */
  headings: Heading[];
  /** The live blocks' snippet files found in its folder (each should be a block's). */
  snippets: string[];
  /** What its prose mentions: equations, figures, exercises, chapters. */
  mentions: MentionAt[];
}

/** Where a numbered thing is: its chapter and its anchor on the chapter's page. */
export interface Target {
  chapter: Chapter;
  anchor: string;
}

export interface Book {
  /** The chapters' folder. */
  root: string;
  /** The chapters, in course order. */
  chapters: Chapter[];
  /** Figures, equations and exercises by number ("2.1"). */
  figures: Map<string, Target>;
  equations: Map<string, Target>;
  exercises: Map<string, Target>;
  /** The chapter numbered `number`, if the book has one. */
  chapterNumbered(number: number): Chapter | undefined;
  /** The chapter whose folder holds the file at `path`, if any. */
  chapterHolding(path: string): Chapter | undefined;
}
