import type { ReactNode } from "react";

/**
 * The bar above a block's code: its title (marked when edited, or when it shows a shared version), how
 * to use it, the block's menu, and Reset.
 */
export function CodeBar({
  blockId,
  edited,
  shared = false,
  onReset,
  menu,
}: {
  blockId: string;
  edited: boolean;
  shared?: boolean;
  onReset?: (() => void) | undefined;
  menu: ReactNode;
}) {
  return (
    <div className="live-editor-bar">
      <span className="live-editor-title" id={`${blockId}-editor-label`}>
        Code{" "}
        {shared ? (
          <span className="live-edited">(shared version)</span>
        ) : (
          edited && <span className="live-edited">(edited)</span>
        )}
      </span>
      <span className="live-editor-hint" id={`${blockId}-editor-hint`}>
        Alt-drag a number or press Alt+↑/↓ on it to change it · Esc then Tab leaves the editor
      </span>
      {menu}
      <button type="button" className="live-reset" onClick={onReset} disabled={!edited || !onReset}>
        Reset
      </button>
    </div>
  );
}
