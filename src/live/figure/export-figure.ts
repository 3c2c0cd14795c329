import { createElement } from "react";
import { TONES, type Figure } from "@descent/numerics";
import { FigureSvg } from "./FigureSvg";
import type { DrawableFigure } from "./drawable-figure";
import { resolveThemeColors, type ThemeColors } from "./theme-colors";

/**
 * A block's current figure as a file: SVG drawn by the build-time figure's renderer (react-dom's
 * server renderer and SvgPlot, fetched only when a reader exports), standalone with the theme's
 * colours resolved into its stylesheet; or PNG, that SVG drawn on a canvas at twice the size shown.
 * Named after the block: `ch2-gd-vs-flow.svg`.
 */

export interface FigureToExport {
  blockId: string;
  drawable: DrawableFigure;
  pinned?: Figure | undefined;
  /** The live figure in the page (its panels' box): its width, layout, colours and font. */
  shown: HTMLElement;
  title: string;
}

/** The page's figure rules (live-block.css) with the theme's colours resolved, for a file read anywhere. */
function standaloneStyle(c: ThemeColors, background: string, font: string): string {
  return [
    `svg{--levels:${c.levels};font-family:${font}}`,
    `.fig-background{fill:${background}}`,
    `.fig-grid{fill:none;stroke:${c.border};stroke-width:1}`,
    `.fig-axis{fill:none;stroke:${c.muted};stroke-width:1}`,
    `.fig-tick{fill:${c.muted};font-size:12px}`,
    `.fig-title{fill:${c.fg};font-size:15px}`,
    `.fig-legend{fill:${c.muted};font-size:13px}`,
    `.fig-label{fill:${c.fg};font-size:13px}`,
    ...TONES.map((tone) => `.tone-${tone}{color:${c[tone]}}`),
  ].join("\n");
}

/** The figure as standalone SVG markup, at the width it is shown, and its size. */
export async function figureSvg(figure: FigureToExport): Promise<{ markup: string; width: number; height: number }> {
  const { renderToStaticMarkup } = await import("react-dom/server");
  const { shown } = figure;
  const panels = [...shown.querySelectorAll<HTMLElement>(".panel")];
  const columns = panels.filter((p) => p.offsetTop === panels[0]?.offsetTop).length;
  const style = standaloneStyle(
    resolveThemeColors(shown),
    getComputedStyle(document.documentElement).backgroundColor,
    getComputedStyle(shown).fontFamily,
  );
  const element = createElement(FigureSvg, {
    figure: figure.drawable.figure,
    axes: figure.drawable.axes,
    pinned: figure.pinned,
    width: shown.getBoundingClientRect().width,
    columns,
    style,
    title: figure.title,
  });
  // Ids (a plot's clip path) made unique to the block, as a page holding several exports would need.
  const markup = renderToStaticMarkup(element, { identifierPrefix: `${figure.blockId}-` });
  const size = /^<svg[^>]* width="(\d+)" height="(\d+)"/.exec(markup)!;
  return {
    markup: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`,
    width: Number(size[1]),
    height: Number(size[2]),
  };
}

/** Saves `blob` as a download named `name`. */
function download(blob: Blob, name: string): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** Downloads the figure as `<block id>.svg`. */
export async function downloadSvg(figure: FigureToExport): Promise<void> {
  const { markup } = await figureSvg(figure);
  download(new Blob([markup], { type: "image/svg+xml" }), `${figure.blockId}.svg`);
}

/** How many times the shown size a PNG is drawn at: sharp on a slide or a high-density screen. */
export const PNG_SCALE = 2;

/** Downloads the figure as `<block id>.png`, its SVG drawn at twice the size shown. */
export async function downloadPng(figure: FigureToExport): Promise<void> {
  const { markup, width, height } = await figureSvg(figure);
  const url = URL.createObjectURL(new Blob([markup], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = width * PNG_SCALE;
    canvas.height = height * PNG_SCALE;
    canvas.getContext("2d")!.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the browser made no PNG"))), "image/png"),
    );
    download(png, `${figure.blockId}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
