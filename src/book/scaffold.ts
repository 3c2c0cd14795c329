/**
 * A new chapter's folder, as `npm run new -- chapter <slug> "<Title>"` writes it: the next number,
 * front matter, a section with a numbered equation, a first live block (its snippet, a caption with a
 * Try), the chapter's own tests of that figure and Try, and a compute exercise whose check is not
 * written yet. It builds as it is; the book's tests fail, saying so, until its check is written.
 */
import { BookError } from "./book-error.ts";
import { PAGE_FILE, folderName } from "./folders.ts";
import { chapterSchema } from "./schema.ts";
import type { Book } from "./types.ts";

export interface Scaffold {
  /** The new chapter's folder name (`04-your-topic`) and number. */
  folder: string;
  number: number;
  /** Its files by name. */
  files: Record<string, string>;
}

/** The chapter `slug` titled `title`, numbered after the book's last chapter. */
export function scaffoldChapter(book: Book, slug: string, title: string): Scaffold {
  const problems: string[] = [];
  const slugCheck = chapterSchema.shape.slug.safeParse(slug);
  if (!slugCheck.success) problems.push(`the slug "${slug}" must be lower-case letters, digits and single hyphens`);
  if (book.chapters.some((c) => c.slug === slug))
    problems.push(`the slug "${slug}" is chapter ${book.chapters.find((c) => c.slug === slug)!.number}'s`);
  if (!title.trim()) problems.push("the chapter needs a title");
  if (problems.length > 0) throw new BookError(problems);

  const number = Math.max(0, ...book.chapters.map((c) => c.number)) + 1;
  const folder = folderName(number, slug);
  const n = number;

  const page = `---
title: ${JSON.stringify(title.trim())}
slug: ${slug}
number: ${n}
summary: What this chapter teaches, in one or two sentences, for the home page and the page's description.
sources:
  - title: "The document this chapter is written from"
---
import firstFigure from "./first-figure.ts?raw";
import firstExercise from "./ex-first-exercise.ts?raw";
import firstExerciseCheck from "./ex-first-exercise.check.ts?raw";
import firstExerciseSolution from "./ex-first-exercise.solution.ts?raw";

## A first figure

Write the chapter's prose here, in Markdown, with math between dollar signs. Gradient descent with
step size $\\eta$ on the bowl $L(\\theta) = \\frac{\\lambda}{2}\\theta^2$ multiplies $\\theta$ by the same
factor at every step:

$$
\\theta_{k+1} = (1 - \\eta\\lambda)\\,\\theta_k . \\tag{${n}.1}
$$

<LiveCode id="ch${n}-first-figure" code={firstFigure}>

**Figure ${n}.1.** Gradient descent on $L(\\theta) = \\theta^2/2$ from $\\theta_0 = 1$ with $\\eta = 0.5$: each
step halves $\\theta$, as (${n}.1) says. _Try:_ set \`eta\` to \`1.9\` and watch the iterates swing from side
to side.

</LiveCode>

## Exercises

<Exercise id="ch${n}-first-exercise" number="${n}.1" kind="compute" code={firstExercise} check={firstExerciseCheck}>

Write the exercise's prompt here: what the student changes in the code, and what counts as done.

<Hint slot="hint">A first hint, for the student who does not know where to start.</Hint>
<Solution slot="solution" code={firstExerciseSolution}>
Why the worked solution is right.
</Solution>

</Exercise>
`;

  const snippet = `import { figure, gradientDescent, panel, pointsOf, quadratic } from "@descent/numerics";

const lambda = 1; // curvature λ of the bowl L(θ) = λθ²/2
const eta = 0.5; // step size η, range 0.05 .. 2.1
const run = gradientDescent(quadratic(lambda), { x0: 1, eta, steps: 12 });

export default figure({ panels: [panel({ x: "t = kη", y: "θ", series: [pointsOf("gradient descent", run)] })] });
`;

  const tests = `// Chapter ${n}'s own tests: its figures against closed forms, and each caption's Try, run as the
// caption says (the snippet edited, then run in the worker's evaluator), with its claim checked.
import { describe, it } from "vitest";
import { close, series, trying, xs, ys } from "../testing";
import firstFigure from "./first-figure";

const tryIt = trying(import.meta.dirname);
const steps = Array.from({ length: 13 }, (_, k) => k);

describe("chapter ${n}'s figures, against closed forms", () => {
  it("Figure ${n}.1: gradient descent on θ²/2 with η = 0.5 gives θ_k = (1 − ηλ)^k = 0.5^k at t = kη", () => {
    const gd = series(firstFigure, 0, "gradient descent");
    close(
      ys(gd),
      steps.map((k) => 0.5 ** k),
    );
    close(
      xs(gd),
      steps.map((k) => 0.5 * k),
    );
  });
});

describe("chapter ${n}'s captions: each Try, as it says", () => {
  it("Figure ${n}.1: with η = 1.9 the iterates swing from side to side, θ_k = (−0.9)^k", () => {
    const { figure } = tryIt("first-figure", [["const eta = 0.5;", "const eta = 1.9;"]]);
    close(
      ys(series(figure, 0, "gradient descent")),
      steps.map((k) => (-0.9) ** k),
    );
  });
});
`;

  const starter = `// Exercise ${n}.1's starter: the code the student begins from. It exports what the check reads.
export const eta = 2.5; // a step size
`;

  const checkSource = `// Exercise ${n}.1's check: its default export receives what the student's code exports (and,
// for a predict exercise, \`answer\`) and says whether it is solved, specifically, naming the hint
// that fits.
// It is not written yet: until it is, no code passes it, the worked solution neither, and the book's
// tests fail with the message below. See the README, "Add an exercise".
export default function check(_exports: Record<string, unknown>) {
  return {
    solved: false,
    message: "Exercise ${n}.1's check is not written yet: write ex-first-exercise.check.ts in its folder.",
  };
}
`;

  const solution = `// Exercise ${n}.1's worked solution: code that passes the check (a student can load it).
export const eta = 0.5; // a step size
`;

  return {
    folder,
    number,
    files: {
      [PAGE_FILE]: page,
      "first-figure.ts": snippet,
      "chapter.test.ts": tests,
      "ex-first-exercise.ts": starter,
      "ex-first-exercise.check.ts": checkSource,
      "ex-first-exercise.solution.ts": solution,
    },
  };
}
