import { describe, expect, it } from "vitest";
import * as numerics from "@descent/numerics";
import { readFigure } from "./read-figure";
import { boundNotes, runSnippet } from "./run-snippet";

const modules = { "@descent/numerics": numerics };
const header = 'import { figure, panel, line } from "@descent/numerics";\n';
const drawn = 'figure({ panels: [panel({ x: "t", y: "v", series: [line("v", [0, 1], [0, 1])] })] })';

describe("reading a snippet's figure data", () => {
  it("copies only the fields the site draws, and notes the others (a function among them)", () => {
    const figure = numerics.figure({ panels: [numerics.panel({ x: "t", y: "v", series: [] })] });
    const withExtras = { ...figure, onClick: () => 1, panels: [{ ...figure.panels[0]!, colour: "red" }] };
    const read = readFigure(withExtras);
    expect(read).toEqual({
      ok: true,
      figure,
      notes: [
        "panels[0] has fields the site does not draw (colour): they are left out",
        "the figure has fields the site does not draw (onClick): they are left out",
      ],
    });
  });

  it("reads each value once: a getter that would give something else to the drawing gives the checked value", () => {
    let reads = 0;
    const series = { type: "line", label: "v", x: [0, 1], y: [0, 1] };
    Object.defineProperty(series, "label", { get: () => (reads++ === 0 ? "v" : () => "a function"), enumerable: true });
    const read = readFigure({ type: "figure", panels: [{ x: { label: "t" }, y: { label: "v" }, series: [series] }] });
    expect(read.ok && (read.figure as numerics.Figure).panels[0]!.series[0]!.label).toBe("v");
    expect(reads).toBe(1);
  });

  it("says which part threw while being read, at the student's line, and never walks an endless sparse array", () => {
    const getter = 'get panels() { throw new Error("not yet"); }';
    const code = `${header}const drawn = ${drawn};\nexport default { ...drawn, ${getter} };\n`;
    expect(runSnippet(code, modules)).toMatchObject({
      ok: false,
      error: { kind: "runtime", message: "reading the figure's panels threw Error: not yet", line: 3 },
    });
    const series = '{ type: "line", label: "s", x: new Array(1e9), y: new Array(1e9) }';
    const panel = `{ x: { label: "t" }, y: { label: "v" }, series: [${series}] }`;
    const sparse = `export default { type: "figure", panels: [${panel}] };`;
    expect(runSnippet(sparse, modules)).toMatchObject({
      ok: false,
      error: { kind: "figure", message: expect.stringMatching(/x\[0\] \("s"\) is undefined, not a number/) },
    });
  });

  it("keeps at most 50 notes: the first 49, and how many more", () => {
    const notes = Array.from({ length: 60 }, (_, i) => `note ${i}`);
    expect(boundNotes(notes)).toEqual([...notes.slice(0, 49), "(11 more notes like these are left out)"]);
    expect(boundNotes(notes.slice(0, 50))).toEqual(notes.slice(0, 50));
  });
});
