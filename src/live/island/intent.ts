/**
 * What the reader did to reach for a block, carried from the page (before any of the live runtime
 * has loaded) to the block once it is there, so that nothing they did is lost: where they clicked
 * in the code, the keys they typed meanwhile, a slider they moved, a number they began to drag.
 */
export interface Intent {
  /** Where in the code a click put the caret (an offset into the code), if it was a click there. */
  caret?: number;
  /** Keys typed into the block's code while the editor was loading, in order. */
  keys: KeyboardEvent[];
  /** A static slider the reader moved (its parameter's name and value). */
  slider?: { name: string; value: number };
  /** What had the focus in the block: its code, a slider (by parameter name), or its menu's button. */
  focus?: { code: true } | { slider: string } | { menu: true };
  /** The block's menu was clicked: it opens once the block is there. */
  openMenu?: boolean;
  /** An Alt-drag begun over the static code, still held: where it began. */
  scrub?: { clientX: number; clientY: number; held: () => boolean };
  /** A predict exercise's committed answer, to run its check with. */
  answer?: string;
  /** Code to load into the editor (an exercise's solution), as one undo step. */
  load?: string;
  /** Code from a share link, shown as a shared version (never saved as the reader's unless they keep it). */
  shared?: string;
  /** Called once the editor is there: the page stops collecting keys for it. */
  delivered(): void;
}
