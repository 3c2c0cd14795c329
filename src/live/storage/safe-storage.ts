/**
 * The browser's localStorage, or undefined where it cannot be reached (turned off, a sandboxed frame,
 * Node): the one way the site reaches storage. Every read and write through it is in a try as well,
 * since a storage that exists may still refuse (full, or turned off after the page loaded).
 */
export function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
