import "server-only";
import { messageOf } from "../jobs/message-of";

export type Probe = { ok: boolean; status: number | null; latencyMs: number; error: string | null };

/**
 * One request of a health check, as `curl -f` would judge it but stricter: ok only when the
 * status is exactly the expected one. Redirects are not followed (a 302 to a login page is not a
 * healthy service); the timeout covers the whole answer, body included.
 */
export async function probe(check: {
  url: string;
  method: string;
  expectedStatus: number;
  timeoutMs: number;
}): Promise<Probe> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(check.url, {
      method: check.method,
      redirect: "manual",
      signal: AbortSignal.timeout(check.timeoutMs),
      headers: { "user-agent": "Bridge health check" },
      cache: "no-store",
    });
    // Read the body so the connection is released and a slow body counts against the timeout.
    await response.arrayBuffer();
    const ok = response.status === check.expectedStatus;
    return {
      ok,
      status: response.status,
      latencyMs: elapsed(),
      error: ok ? null : `Answered ${response.status}, expected ${check.expectedStatus}`,
    };
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === "TimeoutError";
    const cause = (error as { cause?: unknown }).cause;
    return {
      ok: false,
      status: null,
      latencyMs: elapsed(),
      error: timedOut
        ? `No answer within ${check.timeoutMs} ms`
        : `Request failed: ${cause ? messageOf(cause) : messageOf(error)}`.slice(0, 500),
    };
  }
}
