/** The bar above a block's code: its title (marked when edited), how to use it, and Reset. */
export function CodeBar({ blockId, edited, onReset }: { blockId: string; edited: boolean; onReset?: () => void }) {
  return (
    <div className="live-editor-bar">
      <span className="live-editor-title" id={`${blockId}-editor-label`}>
        Code {edited && <span className="live-edited">(edited)</span>}
      </span>
      <span className="live-editor-hint" id={`${blockId}-editor-hint`}>
        Alt-drag a number or press Alt+↑/↓ on it to change it · Esc then Tab leaves the editor
      </span>
      <button type="button" className="live-reset" onClick={onReset} disabled={!edited || !onReset}>
        Reset
      </button>
    </div>
  );
}
