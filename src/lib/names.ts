/**
 * Every name Descent gives to what it keeps in the browser (localStorage keys) and to the events and
 * performance marks it emits, in one place: nothing else spells a `descent:` string.
 */
export const STORAGE = {
  /** The reader's theme choice: "light" or "dark" (absent: the system's). */
  theme: "descent:theme",
  /** Prefix of a live block's saved edit: `descent:code:<block id>`. */
  codePrefix: "descent:code:",
  /** Prefix of the marker set while a saved edit runs on arrival: `descent:running:<block id>`. */
  runningPrefix: "descent:running:",
  /** Prefix of an exercise's progress: `descent:exercise:<exercise id>`. */
  exercisePrefix: "descent:exercise:",
  /** The text size a presenter chose on embedded blocks (Ctrl/⌘ + and −): a factor, "1.25". */
  embedScale: "descent:embed-scale",
} as const;

export const EVENTS = {
  /** On window, when the theme toggle changes the theme. */
  themeChange: "descent:themechange",
  /** A performance mark, its detail the block id, each time a live chart is drawn (for the bench). */
  chartDrawn: "descent:chart-drawn",
  /**
   * A performance mark when a chart drawn off the page's thread (detail.offThread on its chartDrawn
   * mark) has been painted: the painter's next animation frame has run.
   */
  chartPainted: "descent:chart-painted",
  /** A performance mark each time a run's result arrives, its detail the worker's time for the code (ms). */
  runAnswered: "descent:run-answered",
  /** On window, when an exercise's progress changes (detail: the exercise id). */
  progressChange: "descent:progresschange",
  /** On a live block, from its exercise: a committed answer or code to load (detail: { answer?, load? }). */
  exerciseInput: "descent:exerciseinput",
  /** On an editor, while a number is scrubbed: the code with the value shown (detail), to run. */
  codePreview: "descent:codepreview",
  /** On a live block, from a share link opened on its page: the shared code (detail), to show as such. */
  sharedCode: "descent:sharedcode",
} as const;
