// The web server's answer to a page request while the database is away: 503 with Retry-After and a
// plain page that reloads itself, instead of a stack of failed panels, a 500 or a request hanging
// on a stalled connection. API routes answer 503 problem+json by themselves (lib/server/db-unavailable.ts).
import type http from "node:http";
import pg from "pg";

export type DatabaseProbe = { reachable: () => Promise<boolean>; close: () => Promise<void> };

export const RETRY_AFTER_S = 5;

/**
 * Whether the database answers `SELECT 1` within `timeoutMs`. An answer is believed for `upForMs`
 * (a healthy server costs a probe every few seconds, not one per request), a failure for
 * `downForMs`; concurrent callers share one probe in flight.
 */
export function createDatabaseProbe(
  url: string,
  { timeoutMs = 2_000, upForMs = 2_000, downForMs = 1_000 } = {},
): DatabaseProbe {
  const pool = new pg.Pool({
    connectionString: url,
    max: 1,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
  });
  // A connection that dies while idle must not take the web server down with it.
  pool.on("error", () => {});
  let known: { up: boolean; until: number } | null = null;
  let inFlight: Promise<boolean> | null = null;

  async function probe(): Promise<boolean> {
    const up = await pool.query("SELECT 1").then(
      () => true,
      () => false,
    );
    known = { up, until: Date.now() + (up ? upForMs : downForMs) };
    return up;
  }

  return {
    reachable: () => {
      if (known && Date.now() < known.until) return Promise.resolve(known.up);
      inFlight ??= probe().finally(() => (inFlight = null));
      return inFlight;
    },
    close: () => pool.end(),
  };
}

/** A browser loading a page: the only requests answered with the plain page (API, assets and RSC fetches are not). */
export function isPageRequest(req: http.IncomingMessage): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const path = (req.url ?? "/").split("?")[0];
  // The public status page is served without the database when it can be; assets never need it.
  if (/^\/(api|_next|status)(\/|$)/.test(path) || /\.[a-z0-9]+$/i.test(path)) return false;
  return String(req.headers.accept ?? "").includes("text/html") && !req.headers.rsc;
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_S}">
<title>Bridge cannot reach its database</title>
</head>
<body style="font-family: system-ui, sans-serif; margin: 0; padding: 1.5rem; line-height: 1.5; overflow-wrap: anywhere">
<main style="max-width: 40rem">
<h1 style="font-size: 1.25rem">Bridge cannot reach its database — retrying</h1>
<p>Nothing you sent is lost. This page tries again every ${RETRY_AFTER_S} seconds and shows Bridge as soon as its database answers.</p>
</main>
</body>
</html>
`;

/** Answers 503 with the plain page; `head` requests get the headers only. */
export function sendUnavailable(req: http.IncomingMessage, res: http.ServerResponse): void {
  res.writeHead(503, {
    "content-type": "text/html; charset=utf-8",
    "retry-after": String(RETRY_AFTER_S),
    "cache-control": "no-store",
  });
  res.end(req.method === "HEAD" ? undefined : PAGE);
}

/** Runs `next` for every request, except a page request while the database is unreachable. */
export async function guardPages(
  probe: DatabaseProbe,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  next: () => Promise<void>,
): Promise<void> {
  if (isPageRequest(req) && !(await probe.reachable())) return sendUnavailable(req, res);
  return next();
}
