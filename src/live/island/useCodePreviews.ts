import { useEffect } from "react";
import { EVENTS } from "../../lib/names";

/**
 * While a number is scrubbed (or a slider or a start point moved), each value is run as the code it
 * would make (the editor announces it on the block's code); the code itself changes once, at the end
 * (one undo step).
 */
export function useCodePreviews(code: HTMLElement, run: (code: string) => void): void {
  useEffect(() => {
    const listener = (event: Event) => run((event as CustomEvent<string>).detail);
    code.addEventListener(EVENTS.codePreview, listener);
    return () => code.removeEventListener(EVENTS.codePreview, listener);
  }, [run, code]);
}
