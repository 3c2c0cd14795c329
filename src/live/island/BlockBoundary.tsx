import { Component, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { restoreStatic, type BlockSlots } from "./slots";

interface Props {
  children: ReactNode;
  slots: BlockSlots;
  /** Forgets the student's saved edit and starts the block again from the book's code. */
  onReset: () => void;
}

/**
 * Whatever goes wrong while a block renders, the block stays: the book's static figure and code come
 * back in their places, with what happened and a way to start again from the book's code.
 */
export class BlockBoundary extends Component<Props, { error: Error | undefined }> {
  override state = { error: undefined as Error | undefined };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch() {
    for (const slot of Object.values(this.props.slots)) restoreStatic(slot);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return createPortal(
      <div className="live-notice live-crashed" role="alert">
        <p>
          This figure's live code failed ({error.message || String(error)}). The book's figure and code are shown
          instead.
        </p>
        <button
          type="button"
          onClick={() => {
            this.props.onReset();
            this.setState({ error: undefined });
          }}
        >
          Reset to the book's code
        </button>
      </div>,
      this.props.slots.code,
    );
  }
}
