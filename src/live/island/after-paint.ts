/**
 * When the work around a keystroke or a result runs, so that it never delays the frame that shows the
 * key's echo or the chart, and adds no frame of its own when it can join one.
 */

/** Runs `task` once the next frame has been painted (a task queued from an animation frame runs after it). */
export function afterPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/**
 * A slot for work in which only the newest task runs, once: several keystrokes or results in one
 * frame cost one update. `afterPaint` for what follows a keystroke (sliders, the "edited" mark): the
 * key's echo is painted first, and the update joins the frame that shows its chart. `nextFrame` for
 * what surrounds a chart just drawn (status, console, legend): it joins that same frame, after the
 * chart, instead of costing a frame of its own.
 */
export function latest(when: "afterPaint" | "nextFrame"): (task: () => void) => void {
  let next: (() => void) | undefined;
  const schedule = when === "afterPaint" ? afterPaint : (run: () => void) => requestAnimationFrame(run);
  return (task) => {
    const waiting = next !== undefined;
    next = task;
    if (waiting) return;
    schedule(() => {
      const run = next!;
      next = undefined;
      run();
    });
  };
}
