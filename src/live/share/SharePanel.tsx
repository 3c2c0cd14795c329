import { useEffect, useRef, useState, type RefObject } from "react";
import type { Figure } from "@descent/numerics";
import { downloadPng, downloadSvg } from "../figure/export-figure";
import type { DrawableFigure } from "../figure/drawable-figure";
import type { BookData } from "../runner/book-data";
import { copyText, embedCode, linkTo } from "./share-actions";

export interface SharePanelProps {
  blockId: string;
  /** The book's code of the block, and its title. */
  book: BookData;
  /** The code in the editor now. */
  code: () => string;
  /** The figure shown now (the latest whole result), if the code draws one. */
  figure: RefObject<DrawableFigure | undefined>;
  /** The pinned run, if any, and pinning or unpinning the one shown. */
  pinned: Figure | undefined;
  onPin: () => void;
  /** Closes the menu (and gives the focus back to its button when it had it). */
  onClose: (refocus: boolean) => void;
}

/** What was copied last: shown to copy by hand too (and read by the tests). */
type Copied = { what: "link" | "embed"; text: string; onClipboard: boolean };

/**
 * The open menu of a block: buttons, then what the last one did. Escape closes it (the focus goes back
 * to its button), and so does a click or the focus going elsewhere.
 */
export default function SharePanel({ blockId, book, code, figure, pinned, onPin, onClose }: SharePanelProps) {
  const { code: bookCode, title = `A live figure of Descent (${blockId})` } = book;
  const panel = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState<Copied | undefined>(undefined);
  const [message, setMessage] = useState("");
  const block = () => panel.current!.closest<HTMLElement>("[data-live-block]")!;

  useEffect(() => {
    panel.current?.querySelector("button")?.focus();
    const away = (event: PointerEvent) => {
      if (!panel.current?.parentElement?.contains(event.target as Node)) onClose(false);
    };
    document.addEventListener("pointerdown", away);
    return () => document.removeEventListener("pointerdown", away);
  }, [onClose]);

  const copy = async (what: Copied["what"]) => {
    const text = what === "link" ? linkTo(block(), code(), bookCode) : embedCode(blockId, title, code(), bookCode);
    const onClipboard = await copyText(text);
    setCopied({ what, text, onClipboard });
    const edited = code() !== bookCode ? " It carries your version of the code." : "";
    setMessage(`${what === "link" ? "Link" : "Embed code"} ${onClipboard ? "copied" : "below: copy it"}.${edited}`);
  };
  const exportAs = async (kind: "svg" | "png") => {
    const drawable = figure.current;
    const shown = block().querySelector<HTMLElement>(".live-chart .figure-panels");
    if (!drawable || !shown) return;
    await (kind === "svg" ? downloadSvg : downloadPng)({ blockId, drawable, pinned, shown, title });
    setMessage(`Downloaded ${blockId}.${kind}.`);
  };
  // Pinning is done at once, and the reader goes back to editing: the menu closes (the legend says "pinned").
  const pin = () => {
    onPin();
    onClose(true);
  };
  const noFigure = figure.current === undefined;

  return (
    <div
      ref={panel}
      className="block-menu-panel"
      id={`${blockId}-menu`}
      role="group"
      aria-label="Share, embed, export"
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.stopPropagation();
        onClose(true);
      }}
      onBlur={(event) => {
        if (!event.currentTarget.parentElement?.contains(event.relatedTarget as Node | null)) onClose(false);
      }}
    >
      <button type="button" onClick={() => void copy("link")}>
        Copy link
      </button>
      <button type="button" onClick={() => void copy("embed")}>
        Copy embed code
      </button>
      <button type="button" disabled={noFigure} onClick={() => void exportAs("svg")}>
        Download SVG
      </button>
      <button type="button" disabled={noFigure} onClick={() => void exportAs("png")}>
        Download PNG
      </button>
      <button type="button" disabled={noFigure && !pinned} onClick={pin}>
        {pinned ? "Unpin the pinned run" : "Pin this run"}
      </button>
      {copied && (
        <label className="block-menu-copied">
          {copied.what === "link" ? "Link" : "Embed code"}
          <textarea
            readOnly
            rows={copied.what === "link" ? 2 : 4}
            value={copied.text}
            onFocus={(e) => e.target.select()}
          />
        </label>
      )}
      <p className="block-menu-status" role="status">
        {message || (pinned ? "A run is pinned: it stays, faint, under your edits until you unpin it." : "")}
      </p>
    </div>
  );
}
