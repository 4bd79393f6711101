// Conditional GET for the public status page, its JSON and feeds (RFC 9110 §13): If-None-Match
// wins over If-Modified-Since; HTTP dates have whole seconds, so the comparison drops milliseconds.

/** Whether a request's validators match the current representation, i.e. a 304 will do. */
export function isNotModified(
  request: { ifNoneMatch: string | null; ifModifiedSince: string | null },
  current: { etag: string; lastModified: Date },
): boolean {
  if (request.ifNoneMatch !== null) {
    const tags = request.ifNoneMatch.split(",").map((t) => t.trim());
    // Weak comparison: W/"x" and "x" name the same representation for a GET.
    const bare = (t: string) => t.replace(/^W\//, "");
    return tags.includes("*") || tags.some((t) => bare(t) === bare(current.etag));
  }
  if (request.ifModifiedSince !== null) {
    const since = Date.parse(request.ifModifiedSince);
    if (Number.isNaN(since)) return false;
    return Math.floor(current.lastModified.getTime() / 1000) * 1000 <= since;
  }
  return false;
}

/** An HTTP date: "Mon, 30 Nov 2026 02:00:00 GMT". */
export function httpDate(at: Date): string {
  return at.toUTCString();
}
