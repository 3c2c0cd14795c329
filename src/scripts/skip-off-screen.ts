/**
 * A chapter's parts off screen are neither laid out nor painted (`content-visibility: auto`), so a
 * frame costs what the screen shows, not the whole chapter. A part skipped that way takes the size it
 * is told, and a wrong size moves the page (a link lands beside its target, the text jumps as the
 * reader scrolls): so every part first lays out in full, the browser remembers its size
 * (`contain-intrinsic-size: auto`, global.css), and only then is skipping turned on. The sizes are
 * remembered when the browser renders a frame after layout: the second animation frame after `load`
 * comes after one such frame.
 */
const chapter = document.querySelector<HTMLElement>("main.chapter");
const skip = () => requestAnimationFrame(() => requestAnimationFrame(() => chapter?.classList.add("skips-off-screen")));
if (document.readyState === "complete") skip();
else addEventListener("load", skip, { once: true });
