/** The book model (see book.ts): what the site, the tests and the bench ask about the chapters. */
export { book, bookAt, chaptersRoot, readBook, unnumberedMentions } from "./book.ts";
export { BookError } from "./book-error.ts";
export { anchors } from "../lib/anchors.ts";
export { CHAPTERS_FOLDER, PAGE_FILE, folderName, isSnippetFile } from "./folders.ts";
export { captionLabel, mentionsIn, type Mention, type MentionKind } from "./mentions.ts";
export { chapterSchema, type ChapterFrontMatter } from "./schema.ts";
export type { Book, Chapter, Equation, Exercise, ExerciseKind, Heading, LiveBlock, Target } from "./types.ts";
export { EXERCISE_KINDS } from "./types.ts";
export { blockName, liveBlocks, type BookBlock } from "./live-blocks.ts";
