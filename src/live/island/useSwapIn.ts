import { useEffect, useRef, type RefObject } from "react";
import type { CodeEditorRef } from "@codesandbox/sandpack-react";
import { applyIntent } from "./apply-intent";
import type { Intent } from "./intent";
import { swapIn, type BlockSlots } from "./slots";

/** The live parts' elements, which take the static parts' places. */
export interface BlockParts {
  params: RefObject<HTMLDivElement | null>;
  figure: RefObject<HTMLDivElement | null>;
  code: RefObject<HTMLDivElement | null>;
}

/**
 * A block's arrival: once the editor is there (Sandpack makes it in its own effect, which runs before
 * this one) and has measured its lines (its first measure, in the next frame), the sliders and the code
 * take the static ones' places and what the reader did meanwhile is carried over (`arrived` then runs
 * the code shown); the live figure takes the static one's place once it has drawn its first figure,
 * so that no frame shows an empty chart.
 */
export function useSwapIn(
  editor: RefObject<CodeEditorRef | null>,
  slots: BlockSlots,
  parts: BlockParts,
  intent: Intent,
  { arrived, load }: { arrived: () => void; load: (code: string) => void },
) {
  const once = useRef({ intent, arrived, load });
  useEffect(() => {
    const { intent, arrived, load } = once.current;
    const view = editor.current?.getCodemirror();
    if (!view) return;
    view.requestMeasure({
      key: "descent-swap-in",
      read: () => undefined,
      write: () => {
        // The editor draws only the lines near the screen and estimates the others' heights: it
        // keeps the static code's height until it is edited (by then the reader sees its lines).
        const height = slots.code.querySelector(".code-static")?.getBoundingClientRect().height;
        const box = view.dom.closest<HTMLElement>(".live-editor");
        if (height && box) box.style.minHeight = `${height}px`;
        swapIn(slots.params, parts.params.current);
        swapIn(slots.code, parts.code.current);
        // Edits wait until the editor's measure is over.
        queueMicrotask(() => {
          applyIntent(intent, view, slots.params);
          if (intent.load !== undefined) load(intent.load);
        });
      },
    });
    arrived();
  }, [editor, slots, parts]);

  // Called once the live figure has shown its first figure: drawn in LiveFigure's layout effect, or
  // by the page's painter, which says so (its canvas already shows it then).
  return { figureShown: () => swapIn(slots.figure, parts.figure.current) };
}

/** The editor keeps the static code's height until the first edit (see above); from then on its own. */
export function releaseStaticHeight(editor: CodeEditorRef | null): void {
  const box = editor?.getCodemirror()?.dom.closest<HTMLElement>(".live-editor");
  if (box?.style.minHeight) box.style.minHeight = "";
}
