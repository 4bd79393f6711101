// Where to send someone after sign-in: only a path of this app. The input is parsed the way a
// browser would (backslashes become slashes, tabs and newlines vanish), so tricks that turn a
// "path" into another host are caught by comparing origins rather than by looking at characters.

export const FALLBACK_PATH = "/";

/** The same-origin path (with query and fragment) `raw` points to, or "/" for anything else. */
export function sameOriginPath(raw: unknown, origin: string): string {
  if (typeof raw !== "string" || raw.trim() === "") return FALLBACK_PATH;
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return FALLBACK_PATH;
  }
  if (url.origin !== new URL(origin).origin) return FALLBACK_PATH;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil" resolves to the path "//evil", which a browser reads as another host.
  return path.startsWith("//") ? FALLBACK_PATH : path;
}
