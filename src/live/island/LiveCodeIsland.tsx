import { useState } from "react";
import { BlockBoundary } from "./BlockBoundary";
import { LiveBlock, type LiveBlockProps } from "./LiveBlock";
import { clearEdit } from "./saved-edits";
import { useNearViewport } from "./useNearViewport";

/** Astro's island of a live block: the block once near the reader (until then, the static figure and code). */
export default function LiveCodeIsland(props: LiveBlockProps) {
  const near = useNearViewport(`[data-live-block="${CSS.escape(props.blockId)}"]`);
  const [generation, setGeneration] = useState(0);
  if (!near) return null;
  const reset = () => {
    clearEdit(props.blockId);
    setGeneration((g) => g + 1);
  };
  return (
    <BlockBoundary onReset={reset}>
      <LiveBlock key={generation} {...props} />
    </BlockBoundary>
  );
}
