/** A site path under the configured base (BASE_PATH), so links work when hosted in a sub-folder. */
export function sitePath(path = ""): string {
  const base = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return `${base}${path.replace(/^\//, "")}`;
}
