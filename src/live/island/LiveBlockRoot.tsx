import { useState } from "react";
import { BlockBoundary } from "./BlockBoundary";
import type { Intent } from "./intent";
import { LiveBlock } from "./LiveBlock";
import type { BookData } from "../runner/book-data";
import { clearEdit } from "../storage/saved-edits";
import type { BlockSlots } from "./slots";

/** A live block inside its error boundary; Reset from the boundary starts it again from the book's code. */
export function LiveBlockRoot(props: { blockId: string; book: BookData; slots: BlockSlots; intent: Intent }) {
  const [generation, setGeneration] = useState(0);
  const reset = () => {
    clearEdit(props.blockId);
    setGeneration((g) => g + 1);
  };
  return (
    <BlockBoundary slots={props.slots} onReset={reset}>
      <LiveBlock key={generation} {...props} />
    </BlockBoundary>
  );
}
