import "server-only";

// Its own module: endpoint definitions read it, and they must not pull in the route handler
// (which imports the session, and with it next/navigation) — the OpenAPI document is also built
// outside a request, by `npm run api:types`.

/** The query string as an object for zod: a repeated name becomes an array. */
export function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    const seen = out[name];
    out[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return out;
}
