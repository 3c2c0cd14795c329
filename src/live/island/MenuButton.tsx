import { forwardRef } from "react";

/**
 * The button of a block's menu (share, embed, export, pin), the same in the static code bar and the
 * live one. On the static page, clicking or focusing it brings the block alive (watch-for-intent),
 * and the live menu opens where it was; without JavaScript it is hidden (live-block.css).
 */
export const MenuButton = forwardRef<HTMLButtonElement, { blockId: string; expanded?: boolean; onClick?: () => void }>(
  function MenuButton({ blockId, expanded = false, onClick }, ref) {
    return (
      <button
        ref={ref}
        type="button"
        className="live-menu-button"
        data-block-menu=""
        aria-expanded={expanded}
        aria-controls={expanded ? `${blockId}-menu` : undefined}
        onClick={onClick}
      >
        Share <span aria-hidden="true">▾</span>
      </button>
    );
  },
);
