/** The notes a block shows above its code: each offers the student a choice, never decides for them. */
import type { useSavedEdit } from "./useSavedEdit";

/** Every note that applies to the block now. */
export function BlockNotices({
  savedEdit,
  guarded,
  onRunAnyway,
  onReset,
  onLoad,
  current,
}: {
  savedEdit: ReturnType<typeof useSavedEdit>;
  /** The saved edit stopped the page last time and has not been run. */
  guarded: boolean;
  onRunAnyway: () => void;
  onReset: () => void;
  /** Puts code in the editor (as an edit). */
  onLoad: (code: string) => void;
  /** The code in the editor now. */
  current: () => string;
}) {
  return (
    <>
      {guarded && <StoppedLastTimeNotice onRun={onRunAnyway} onReset={onReset} />}
      {savedEdit.bookChanged && <BookChangedNotice onKeep={() => savedEdit.keep(current())} onUseBook={onReset} />}
      {savedEdit.otherTab !== undefined && (
        <OtherTabNotice
          onLoad={() => {
            onLoad(savedEdit.otherTab!);
            savedEdit.setOtherTab(undefined);
          }}
          onKeep={savedEdit.keepOverOtherTab}
        />
      )}
      {savedEdit.saveFailed && <NotSavedNotice />}
    </>
  );
}

/** The book's code of a block changed after the student saved their own version of it. */
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

/** The saved edit stopped the page the last time it ran, so it was not run on arrival. */
export function StoppedLastTimeNotice({ onRun, onReset }: { onRun: () => void; onReset: () => void }) {
  return (
    <div className="live-notice" role="note">
      <p>
        Your saved code for this figure stopped the page the last time it ran, so it has not been run: the figure is the
        book's. Your code is in the editor below.
      </p>
      <button type="button" onClick={onRun}>
        Run it anyway
      </button>{" "}
      <button type="button" onClick={onReset}>
        Reset to the book's code
      </button>
    </div>
  );
}

/** Another tab saved a different version of this block. */
export function OtherTabNotice({ onLoad, onKeep }: { onLoad: () => void; onKeep: () => void }) {
  return (
    <div className="live-notice" role="note">
      <p>This figure's code was changed in another tab.</p>
      <button type="button" onClick={onLoad}>
        Load that version
      </button>{" "}
      <button type="button" onClick={onKeep}>
        Keep this one
      </button>
    </div>
  );
}

/** The browser refused to save an edit (storage full or turned off). */
export function NotSavedNotice() {
  return (
    <p className="live-notice live-not-saved" role="status">
      Your edit could not be saved in this browser (its storage is full or turned off). It stays on this page until you
      leave it.
    </p>
  );
}
