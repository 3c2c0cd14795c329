/**
 * A stand-in canvas for drawing charts in Node tests: every 2D-context call is accepted and recorded
 * (`calls`, with the context's stroke and fill colours at the time), text measures 6 units a
 * character, so chart.js lays out and draws as it would in a page.
 */
export interface FakeCanvas extends HTMLCanvasElement {
  /** Every context method called, in order: its name, its arguments, and the colours then set. */
  calls: { name: string; args: unknown[]; strokeStyle: unknown; fillStyle: unknown }[];
}

export function fakeCanvas(width = 360, height = 240): FakeCanvas {
  const calls: FakeCanvas["calls"] = [];
  const canvas: Record<string, unknown> = { width, height, style: {}, clientWidth: width, clientHeight: height, calls };
  const state: Record<string | symbol, unknown> = {
    canvas,
    measureText: (text: string) => ({ width: 6 * String(text).length, actualBoundingBoxAscent: 8 }),
  };
  const context = new Proxy(state, {
    get: (target, key) =>
      key in target
        ? target[key]
        : (...args: unknown[]) =>
            void calls.push({ name: String(key), args, strokeStyle: target.strokeStyle, fillStyle: target.fillStyle }),
    set: (target, key, value) => {
      if (key !== "canvas" && key !== "measureText") target[key] = value;
      return true;
    },
  });
  canvas.getContext = () => context;
  return canvas as unknown as FakeCanvas;
}
