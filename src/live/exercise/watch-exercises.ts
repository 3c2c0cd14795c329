import { EVENTS } from "../../lib/names";
import { reachForBlock } from "../island/watch-for-intent";
import { progressText, readProgress, recordProgress } from "../storage/progress";

/**
 * The parts of exercises that need no editor: each one's progress as kept in this browser, its
 * worked solution opened (noted as seen), a derive exercise's "I worked it out", a predict
 * exercise's committed answer and a compute exercise's solution loaded (both handed to its block,
 * which the worker's check then judges).
 */
const exercises = [...document.querySelectorAll<HTMLElement>("[data-exercise]")].filter((e) => e.matches("section"));

function showProgress(section: HTMLElement): void {
  const progress = readProgress(section.dataset.exercise!);
  const badge = section.querySelector<HTMLElement>("[data-progress]")!;
  badge.textContent = progressText(progress);
  badge.dataset.state = progress.solved ? "solved" : progress.tried ? "tried" : "none";
}

for (const section of exercises) {
  const id = section.dataset.exercise!;
  const block = section.querySelector<HTMLElement>("[data-live-block]");
  showProgress(section);

  section.querySelector<HTMLDetailsElement>(".exercise-solution")?.addEventListener("toggle", (event) => {
    if ((event.target as HTMLDetailsElement).open) recordProgress(id, { solutionSeen: true });
  });
  section.querySelector("[data-worked-out]")?.addEventListener("click", () => {
    recordProgress(id, { solved: true });
    const verdict = section.querySelector<HTMLElement>("[data-verdict]")!;
    verdict.dataset.solved = "true";
    verdict.textContent = "Solved: you worked it out. Compare with the worked solution when you like.";
  });
  section.querySelector<HTMLFormElement>("[data-answer]")?.addEventListener("submit", (event) => {
    event.preventDefault();
    const answer = new FormData(event.target as HTMLFormElement).get(`${id}-answer`);
    if (answer === null || !block) return;
    section.dataset.committed = "";
    recordProgress(id, { tried: true });
    reachForBlock(block, { answer: String(answer) });
  });
  section.querySelector("[data-load-solution]")?.addEventListener("click", () => {
    const code = JSON.parse(section.querySelector("[data-solution-code]")!.textContent!) as string;
    if (!block) return;
    recordProgress(id, { solutionSeen: true });
    block.scrollIntoView({ block: "nearest" });
    reachForBlock(block, { load: code });
  });
}

const refresh = () => exercises.forEach(showProgress);
window.addEventListener(EVENTS.progressChange, refresh);
window.addEventListener("storage", refresh);
