import { lazy, memo, Suspense, useCallback, useRef, useState } from "react";
import type { SharePanelProps } from "../share/SharePanel";
import { MenuButton } from "./MenuButton";

/** The panel, with the link's encoder and the exports, fetched the first time the menu is opened. */
const SharePanel = lazy(() => import("../share/SharePanel"));

/**
 * A block's menu in its code bar: copy a link to the block with the code in it, copy the code to embed
 * it elsewhere, download the figure, pin this run. Nothing of it runs until it is opened (it reads the
 * block's code and figure then, through getters: it does not re-render as the code changes).
 */
export const BlockMenu = memo(function BlockMenu(props: Omit<SharePanelProps, "onClose">) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const onClose = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);
  return (
    <div className="block-menu">
      <MenuButton ref={button} blockId={props.blockId} expanded={open} onClick={() => setOpen((was) => !was)} />
      {open && (
        <Suspense fallback={<p className="block-menu-panel">Loading…</p>}>
          <SharePanel {...props} onClose={onClose} />
        </Suspense>
      )}
    </div>
  );
});
