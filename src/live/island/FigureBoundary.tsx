import { Component, type ReactNode } from "react";
import type { Figure } from "@descent/numerics";
import { hideStatic, restoreStatic } from "./slots";

interface Props {
  children: ReactNode;
  /** The block's figure slot, whose static figure comes back while the live one cannot be drawn. */
  slot: HTMLElement;
  /** The figure being drawn: a new one is tried again. */
  figure: Figure;
}

interface State {
  error: Error | undefined;
  /** The figure that failed: the boundary tries again with the next one. */
  failed: Figure | undefined;
}

/**
 * Whatever goes wrong while the live figure is drawn (a browser that refuses canvases, say), only
 * the figure falls back: the book's static figure comes back in its place with what happened, and
 * the editor, the student's code and what it printed stay. The next figure the code gives is drawn
 * live again.
 */
export class FigureBoundary extends Component<Props, State> {
  override state: State = { error: undefined, failed: undefined };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return state.error && state.failed && props.figure !== state.failed
      ? { error: undefined, failed: undefined }
      : null;
  }

  override componentDidCatch(): void {
    this.setState({ failed: this.props.figure });
    // After the whole commit, when the live part has taken the slot: the book's figure goes back above it.
    queueMicrotask(() => restoreStatic(this.props.slot));
  }

  override componentDidUpdate(_: Props, before: State): void {
    if (before.error && !this.state.error) hideStatic(this.props.slot);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="live-notice live-figure-failed" role="alert">
        <p>
          This figure could not be drawn ({error.message || String(error)}). The book's figure is shown; your code and
          what it printed are below, and the next change to it is drawn again.
        </p>
      </div>
    );
  }
}
