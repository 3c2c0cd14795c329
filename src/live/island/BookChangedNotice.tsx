/** Offered when the book's code of a block changed after the student saved their own version of it. */
export function BookChangedNotice({ onKeep, onUseBook }: { onKeep: () => void; onUseBook: () => void }) {
  return (
    <div className="live-notice" role="note">
      <p>The book's code for this figure has changed since you edited it. Your version is shown.</p>
      <button type="button" onClick={onKeep}>
        Keep my version
      </button>{" "}
      <button type="button" onClick={onUseBook}>
        Use the book's version
      </button>
    </div>
  );
}
