import type { SandpackThemeProp } from "@codesandbox/sandpack-react";

/** Sandpack's editor dressed in the site's CSS variables, so it follows the light and dark themes with no JS. */
export const editorTheme: SandpackThemeProp = {
  colors: {
    surface1: "var(--bg-soft)",
    surface2: "var(--border)",
    surface3: "var(--bg)",
    disabled: "var(--muted)",
    base: "var(--fg)",
    clickable: "var(--muted)",
    hover: "var(--fg)",
    accent: "var(--accent)",
    error: "var(--error)",
    errorSurface: "var(--bg-soft)",
  },
  syntax: {
    plain: "var(--fg)",
    comment: { color: "var(--syntax-comment)", fontStyle: "italic" },
    keyword: "var(--syntax-keyword)",
    tag: "var(--syntax-keyword)",
    punctuation: "var(--muted)",
    definition: "var(--syntax-definition)",
    property: "var(--syntax-property)",
    static: "var(--syntax-static)",
    string: "var(--syntax-string)",
  },
  font: {
    body: "var(--font-ui)",
    mono: "var(--font-code)",
    size: "14px",
    lineHeight: "1.55",
  },
};
