/** The note on a block that shows code opened from a share link: whose it is, and the two ways on. */
export function SharedNotice({ edited, onKeep, onBack }: { edited: boolean; onKeep: () => void; onBack: () => void }) {
  return (
    <div className="live-notice live-shared" role="note">
      <p>
        <strong>Shared version.</strong> This code came from a link; it is not saved in this browser unless you keep it
        {edited ? ", in place of your own version" : ""}.
      </p>
      <button type="button" onClick={onKeep}>
        Keep it
      </button>{" "}
      <button type="button" onClick={onBack}>
        Back to mine
      </button>
    </div>
  );
}
