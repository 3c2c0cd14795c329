/**
 * Work that must not delay the frame a keystroke or a result is shown in: React updates around the
 * chart, sliders following the code, error marks, an exercise's verdict. A task queued from an
 * animation frame callback runs once that frame has been painted.
 */
export function afterPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/**
 * A slot for work after the next paint in which only the newest task runs: several keystrokes or
 * results within one frame cost one update.
 */
export function latestAfterPaint(): (task: () => void) => void {
  let next: (() => void) | undefined;
  return (task) => {
    const waiting = next !== undefined;
    next = task;
    if (waiting) return;
    afterPaint(() => {
      const run = next!;
      next = undefined;
      run();
    });
  };
}
