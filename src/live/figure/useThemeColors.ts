import { useEffect, useRef, useState, type RefObject } from "react";
import { EVENTS } from "../../lib/names";
import { resolveThemeColors, type ThemeColors } from "./theme-colors";

/**
 * The theme's colours as a canvas needs them, read again (a style recalculation) only when the theme
 * changes: the system's scheme or the reader's toggle. `version` counts the changes.
 */
export function useThemeColors(host: RefObject<HTMLElement | null>) {
  const [version, setVersion] = useState(0);
  const cache = useRef<{ version: number; colors: ThemeColors } | undefined>(undefined);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    media.addEventListener("change", bump);
    window.addEventListener(EVENTS.themeChange, bump);
    return () => {
      media.removeEventListener("change", bump);
      window.removeEventListener(EVENTS.themeChange, bump);
    };
  }, []);
  const read = () => {
    if (cache.current?.version !== version) cache.current = { version, colors: resolveThemeColors(host.current!) };
    return cache.current.colors;
  };
  return { version, read };
}
