import { EVENTS } from "../lib/names";
import { readProgress } from "../live/storage/progress";

/**
 * "k of n solved" beside each chapter (sidebar, home page), from the progress kept in this browser.
 * Each place names its chapter's exercises (`data-exercises`) and reads "n exercises" without scripts.
 */
function show(): void {
  for (const place of document.querySelectorAll<HTMLElement>("[data-exercises]")) {
    const ids = place.dataset.exercises!.split(" ").filter(Boolean);
    if (ids.length === 0) continue;
    const solved = ids.filter((id) => readProgress(id).solved).length;
    place.textContent = `${solved} of ${ids.length} solved`;
    place.dataset.solved = String(solved);
  }
}

show();
window.addEventListener(EVENTS.progressChange, show);
window.addEventListener("storage", show);
