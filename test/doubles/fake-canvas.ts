/**
 * A stand-in canvas for drawing charts in Node tests: every 2D-context call is accepted and ignored,
 * text measures 6 units a character, so chart.js lays out and draws as it would in a page.
 */
export function fakeCanvas(width = 360, height = 240): HTMLCanvasElement {
  const canvas: Record<string, unknown> = { width, height, style: {}, clientWidth: width, clientHeight: height };
  const context = new Proxy(
    { canvas, measureText: (text: string) => ({ width: 6 * String(text).length, actualBoundingBoxAscent: 8 }) },
    {
      get: (target, key) => (key in target ? target[key as keyof typeof target] : () => undefined),
      set: () => true,
    },
  );
  canvas.getContext = () => context;
  return canvas as unknown as HTMLCanvasElement;
}
