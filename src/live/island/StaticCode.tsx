import { highlightLines } from "../editor/static-highlight";

/**
 * The book's code as the page shows it before the editor is there (and without JavaScript, and in
 * print): highlighted as the editor highlights it, with the same line numbers, font and spacing, so
 * the editor takes its place without moving anything. Line numbers are CSS counters, not text, so
 * the text of the element is the code itself.
 */
export function StaticCode({ code, label }: { code: string; label: string }) {
  return (
    <pre className="code-static" tabIndex={0} aria-label={label}>
      <code>
        {highlightLines(code).map((tokens, i) => (
          <span className="code-line" key={i}>
            {tokens.map((t, j) =>
              t.className ? (
                <span className={t.className} key={j}>
                  {t.text}
                </span>
              ) : (
                t.text
              ),
            )}
          </span>
        ))}
      </code>
    </pre>
  );
}
