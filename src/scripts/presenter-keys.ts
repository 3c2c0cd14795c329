import { STORAGE } from "../lib/names";
import { safeStorage } from "../live/storage/safe-storage";

/**
 * A presenter's keys on an embedded block: Ctrl/⌘ + and Ctrl/⌘ − make the block's text (labels, legend,
 * sliders, code) larger or smaller in steps, Ctrl/⌘ 0 brings it back. The page takes these keys from
 * the browser, whose own zoom would scale the host's slide or page along with the frame; the browser's
 * zoom stays in its menu. The size is kept in this browser, so every embedded block of a talk shares it.
 */
const SCALES = [0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2];
const root = document.documentElement;
const status = document.querySelector<HTMLElement>("[data-embed-scale-status]");

function stored(): number {
  try {
    const value = Number(safeStorage()?.getItem(STORAGE.embedScale));
    return SCALES.includes(value) ? value : 1;
  } catch {
    return 1;
  }
}

let scale = stored();
function apply(next: number, say: boolean): void {
  scale = next;
  root.style.setProperty("--embed-scale", String(scale));
  if (say && status) status.textContent = `Text size ${Math.round(scale * 100)} %`;
  try {
    if (scale === 1) safeStorage()?.removeItem(STORAGE.embedScale);
    else safeStorage()?.setItem(STORAGE.embedScale, String(scale));
  } catch {
    // Not kept: the size still applies on this page.
  }
}
if (scale !== 1) apply(scale, false);

window.addEventListener(
  "keydown",
  (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const at = SCALES.indexOf(scale);
    let next: number;
    if (event.key === "+" || event.key === "=") next = SCALES[Math.min(at + 1, SCALES.length - 1)]!;
    else if (event.key === "-" || event.key === "_") next = SCALES[Math.max(at - 1, 0)]!;
    else if (event.key === "0") next = 1;
    else return;
    event.preventDefault();
    apply(next, true);
  },
  { capture: true },
);
