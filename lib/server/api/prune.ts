import "server-only";
import type { Db } from "@/lib/db/create-client";
import { IDEMPOTENCY_TTL_MS } from "./idempotency";

const DAY_MS = 24 * 60 * 60_000;
// A rate window is only read during its own minute; an hour's margin covers clock skew between servers.
const RATE_WINDOW_KEEP_MS = 60 * 60_000;

/** Drops API records nobody reads any more; called by the hourly sweep. Returns how many of each. */
export async function pruneApiRecords(db: Db, now: Date, logRetentionDays: number) {
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const [keys, windows, requests, integrationEvents] = await Promise.all([
    db.apiIdempotency.deleteMany({ where: { createdAt: { lt: ago(IDEMPOTENCY_TTL_MS) } } }),
    db.apiRateWindow.deleteMany({ where: { windowStart: { lt: ago(RATE_WINDOW_KEEP_MS) } } }),
    db.apiRequest.deleteMany({ where: { at: { lt: ago(logRetentionDays * DAY_MS) } } }),
    // Inbound alert sources' event logs: a source repeating its alerts adds a line (up to ~16 KB) each time.
    db.integrationEvent.deleteMany({ where: { receivedAt: { lt: ago(logRetentionDays * DAY_MS) } } }),
  ]);
  return {
    idempotencyKeys: keys.count,
    rateWindows: windows.count,
    requests: requests.count,
    integrationEvents: integrationEvents.count,
  };
}
