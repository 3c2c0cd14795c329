import { clearProgress } from "../live/storage/progress";
import { collectWork, parseWork, restoreWork, sizeProblem } from "../live/storage/work-file";

/**
 * The home page's "Your work": save every edit and exercise's progress to a file, load them from one
 * (on another device or browser), or clear the exercises' progress. Each says what it did, and a
 * load that changed nothing says so only when that is true.
 */
const section = document.querySelector<HTMLElement>("[data-your-work]");
if (section) {
  const say = (text: string) => (section.querySelector<HTMLElement>("[data-work-message]")!.textContent = text);
  /** The book's exercises, as the page lists them beside each chapter. */
  const exercises = new Set(
    [...document.querySelectorAll<HTMLElement>("[data-exercises]")].flatMap((place) =>
      place.dataset.exercises!.split(" ").filter(Boolean),
    ),
  );

  section.querySelector("[data-save-work]")!.addEventListener("click", () => {
    const work = collectWork(localStorage);
    const url = URL.createObjectURL(new Blob([JSON.stringify(work, null, 1)], { type: "application/json" }));
    const link = Object.assign(document.createElement("a"), {
      href: url,
      download: `descent-work-${work.saved.slice(0, 10)}.json`,
    });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say(`Saved ${Object.keys(work.entries).length} entries (your edits and exercise progress) to a file.`);
  });

  section.querySelector<HTMLInputElement>("[data-load-work]")!.addEventListener("change", async (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    // Measured before it is read: a file of hundreds of megabytes is refused at once.
    const size = sizeProblem(file.size);
    const parsed = size ? { ok: false as const, reason: size } : parseWork(await file.text(), exercises);
    if (!parsed.ok) {
      say(`That file was not loaded: ${parsed.reason}. Nothing was changed.`);
      return;
    }
    const loaded = restoreWork(parsed.work, localStorage);
    if (!loaded.ok) {
      say(
        loaded.restored
          ? "That file could not be loaded: this browser's storage is full or turned off. Nothing was changed."
          : "That file could not be loaded: this browser's storage is full or turned off, and some of what was " +
              "there before could not be put back. Save your work to a file before trying again.",
      );
      window.dispatchEvent(new StorageEvent("storage"));
      return;
    }
    const leftOut = parsed.leftOut.length
      ? ` The progress of ${parsed.leftOut.length} exercises this book does not have ` +
        `(${parsed.leftOut.slice(0, 5).join(", ")}${parsed.leftOut.length > 5 ? ", …" : ""}) was left out.`
      : "";
    say(
      `Loaded ${parsed.edits} edited blocks and the progress of ${parsed.exercises} exercises. ` +
        `Open a chapter to see them.${leftOut}`,
    );
    window.dispatchEvent(new StorageEvent("storage"));
  });

  section.querySelector("[data-clear-progress]")!.addEventListener("click", () => {
    if (!window.confirm("Clear your progress on every exercise in this browser? Your edited code stays.")) return;
    clearProgress();
    say("Your exercise progress is cleared.");
  });
}
