import type { ReactNode } from "react";
import type { ThemeColors } from "../theme-colors";

/**
 * A kind of mark a panel draws: a curve, dots, a histogram's bars, a landscape's level sets. Each
 * kind owns, in its own file, everything the site does with it: how far it reaches along an axis
 * (for the axes), how it is drawn as SVG (the build-time figure) and on the live chart's canvas, how
 * it is said in words (the text alternative) and its legend swatch. The SVG, the chart and the text
 * alternative loop over a panel's marks (`layersOf`); a new kind of series is one file here.
 */
export interface Mark<D> {
  /** The values it spans along an axis, before the axis's own limits (on a log axis, those > 0 only). */
  extent(data: D, key: "x" | "y", log: boolean): [number, number] | undefined;
  /** The mark as SVG, in the plot's units (`at` maps data to them). */
  svg(data: D, at: SvgPlane): ReactNode;
  /** The mark on a live chart's canvas (`pen` maps data to pixels). */
  draw(data: D, pen: CanvasPen): void;
  /** The mark in words, for the plot's text alternative. */
  describe(data: D): string;
}

/** Where a mark is drawn: data → plot coordinates, and the plot's rectangle. */
export interface Plane {
  x(value: number): number;
  y(value: number): number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The SVG's plane: also whether a data point is inside the axes' ranges, and the plot's clip path. */
export interface SvgPlane extends Plane {
  inside(x: number, y: number): boolean;
  clipId: string;
}

/** The canvas's plane, in pixels: also its 2D context, the scale of the book's sizes, and the theme's colours. */
export interface CanvasPen extends Plane {
  ctx: CanvasRenderingContext2D;
  /** Canvas pixels per unit of the book's plot geometry (PLOT). */
  unit: number;
  colors: ThemeColors;
}

/** How a series shows in the legend: a line, a dashed line, a dot or a bar. */
export type Swatch = "line" | "dashed" | "dot" | "bar";
