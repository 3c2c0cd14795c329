import { LiveBlock, type LiveBlockProps } from "./LiveBlock";
import { useNearViewport } from "./useNearViewport";

/** Astro's island of a live block: the block once near the reader (until then, the static figure and code). */
export default function LiveCodeIsland(props: LiveBlockProps) {
  const near = useNearViewport(`[data-live-block="${CSS.escape(props.blockId)}"]`);
  return near ? <LiveBlock {...props} /> : null;
}
