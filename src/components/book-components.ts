/**
 * The components a chapter's MDX uses without importing them: the chapter route hands them to the
 * rendered content (`<Content components={BOOK_COMPONENTS} />`), so a chapter folder imports only its
 * own snippets.
 */
import LiveCode from "../live/LiveCode.astro";
import Exercise from "../live/exercise/Exercise.astro";
import Hint from "../live/exercise/Hint.astro";
import Solution from "../live/exercise/Solution.astro";
import Proof from "./Proof.astro";

export const BOOK_COMPONENTS = { LiveCode, Exercise, Hint, Solution, Proof };
