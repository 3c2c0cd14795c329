import { labelParts } from "../label-text";

/** A label with its sub- and superscripts as SVG text spans (as FigureFrame's `Label` in HTML). */
export function SvgLabel({ text }: { text: string }) {
  return (
    <>
      {labelParts(text).map((part, i) =>
        part.shift ? (
          <tspan key={i} baselineShift={part.shift === "sub" ? "sub" : "super"} fontSize="75%">
            {part.text}
          </tspan>
        ) : (
          <tspan key={i}>{part.text}</tspan>
        ),
      )}
    </>
  );
}
