import "server-only";

// Its own module so it can be read without the route handler (which imports the session, and
// with it next/navigation). Endpoints get the query already parsed with their schema; only the
// handler calls this.

/** The query string as an object for zod: a repeated name becomes an array. */
export function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    const seen = out[name];
    out[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return out;
}
