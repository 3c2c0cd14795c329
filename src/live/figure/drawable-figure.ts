import type { Figure } from "@descent/numerics";
import type { PanelAxes } from "./axes";

/** A figure ready to draw: figure data and the axes of its panels (computed once, where it was checked). */
export interface DrawableFigure {
  figure: Figure;
  axes: PanelAxes[];
  /** Which of the block's results it is, counting up (none for the book's figure): said with each drawing. */
  order?: number;
}
