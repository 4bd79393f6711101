import "server-only";
import type { Db } from "@/lib/db/create-client";
import { DELIVERY_PRIORITY, kindsOfLane } from "@/lib/domain/jobs";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimedJob } from "./claim";

const DELIVERY_KINDS = kindsOfLane("deliveries");
const PRIORITIES = [...new Set(Object.values(DELIVERY_PRIORITY))];

// A delivery's target (lib/domain/breaker.ts deliveryTarget), stored on its row `d`. A job without
// a delivery row has no target.
const target = Prisma.sql`d.target`;
const delivery = Prisma.sql`LEFT JOIN "Delivery" d ON j.kind = 'deliver' AND d.id = j.payload->>'deliveryId'`;

/**
 * How many of each priority's longest-due deliveries (of targets with room) are ranked per
 * claim. A claim runs every time a slot frees up, so it reads this many rows per priority from
 * the pending-priority index instead of sorting the whole backlog. A page is never behind a
 * backlog of lower priorities, however long; within a priority, due time decides.
 */
export const RANKED_AT_MOST = 256;

/**
 * The deliveries lane's claim: up to `limit` due deliveries in priority order (Job.priority:
 * pages, then stakeholder notifications, then webhooks, then subscriber mail; due time within
 * one), at most `othersLimit` of them not pages (the worker's share for them while timers run), and no
 * more of one target's than `perTarget` minus those this worker has in flight, so a slow or
 * failing SMTP server, webhook origin or push service holds at most `perTarget` of its slots and never keeps a
 * page waiting for a slot. The limit is per worker, as the SMTP connection pool is: counting
 * every worker's leases would let a killed worker's leases, live until they run out, hold its
 * target closed to the worker that replaced it. Ranked are each priority's RANKED_AT_MOST
 * longest-due deliveries whose target has room (and any a dead worker left). FOR UPDATE cannot sit beside the window
 * function, so the candidates are chosen first and locked after; the lock re-checks each
 * candidate's state, and one taken meanwhile is skipped.
 */
export async function claimDeliveries(
  db: Db,
  worker: string,
  now: Date,
  { limit, othersLimit }: { limit: number; othersLimit: number },
  staleBefore: Date,
  staleLockMs: number,
  perTarget: number,
): Promise<ClaimedJob[]> {
  const liveSince = new Date(now.getTime() - staleLockMs);
  return db.$queryRaw<ClaimedJob[]>`
    WITH busy AS (
      SELECT ${target} AS target, count(*)::int AS n FROM "Job" j ${delivery}
      WHERE j.status = 'RUNNING' AND j."lockedBy" = ${worker} AND j."lockedAt" >= ${liveSince}
        AND j.kind = ANY(${DELIVERY_KINDS}::text[])
      GROUP BY 1
    ), full_target AS (
      SELECT target FROM busy WHERE target IS NOT NULL AND n >= ${perTarget}
    ), due_pending AS (
      SELECT c.* FROM unnest(${PRIORITIES}::int[]) AS p(priority) CROSS JOIN LATERAL (
        SELECT j.id, j.priority AS rank, ${target} AS target, j."runAt", d.channel = 'WEBHOOK' AS webhook FROM "Job" j ${delivery}
        WHERE j.status = 'PENDING' AND j.priority = p.priority AND j."runAt" <= ${now}
          AND (d.id IS NULL OR ${target} IS NULL OR ${target} NOT IN (SELECT target FROM full_target))
        ORDER BY j."runAt" LIMIT ${RANKED_AT_MOST}) c
    ), due AS (
      SELECT * FROM due_pending
      UNION ALL
      SELECT j.id, COALESCE(j.priority, ${DELIVERY_PRIORITY.notification}::int), ${target}, j."runAt", d.channel = 'WEBHOOK' FROM "Job" j ${delivery}
      WHERE j.status = 'RUNNING' AND j."lockedAt" < ${staleBefore} AND j.kind = ANY(${DELIVERY_KINDS}::text[])
    ), ranked AS (
      SELECT due.*, row_number() OVER (PARTITION BY target ORDER BY rank, "runAt") AS nth FROM due
    ), eligible AS (
      SELECT ranked.id, ranked.rank, ranked."runAt", ranked.webhook,
        row_number() OVER (PARTITION BY ranked.rank = ${DELIVERY_PRIORITY.page}::int ORDER BY ranked.rank, ranked."runAt") AS kth
      FROM ranked LEFT JOIN busy ON busy.target = ranked.target
      WHERE ranked.target IS NULL OR ranked.nth <= ${perTarget} - COALESCE(busy.n, 0)
    ), chosen AS (
      SELECT id, rank, "runAt", webhook FROM eligible
      WHERE rank = ${DELIVERY_PRIORITY.page}::int OR kth <= ${othersLimit}
      ORDER BY rank, "runAt" LIMIT ${limit}
    ), picked AS (
      SELECT j.id, CASE WHEN j.status = 'RUNNING' THEN j."lockedBy" END AS "takenOverFrom" FROM "Job" j
      WHERE j.id IN (SELECT id FROM chosen)
        AND ((j."runAt" <= ${now} AND j.status = 'PENDING') OR (j.status = 'RUNNING' AND j."lockedAt" < ${staleBefore}))
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "Job" j SET status = 'RUNNING', "lockedAt" = ${now}, "lockedBy" = ${worker},
      attempts = j.attempts + 1, "firedAt" = COALESCE(j."firedAt", ${now})
    FROM picked JOIN chosen ON chosen.id = picked.id WHERE j.id = picked.id
    RETURNING j.id, j.kind, j.key, j.payload, j."runAt", j."plannedAt", j.attempts, picked."takenOverFrom", COALESCE(chosen.webhook, false) AS webhook`;
}
