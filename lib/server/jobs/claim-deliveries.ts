import "server-only";
import type { Db } from "@/lib/db/create-client";
import { DELIVERY_PRIORITY, kindsOfLane } from "@/lib/domain/jobs";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimedJob } from "./claim";

const DELIVERY_KINDS = kindsOfLane("deliveries");

// A delivery's rank (DELIVERY_PRIORITY) and target, from its row `d`. The target matches
// breakerTarget (lib/domain/breaker.ts): the SMTP server for every e-mail, a webhook's
// scheme://host[:port]. A job without a delivery row has no target and the middle rank.
const rank = Prisma.sql`CASE WHEN d."pageId" IS NOT NULL THEN ${DELIVERY_PRIORITY.page}::int
  WHEN d.channel = 'WEBHOOK' THEN ${DELIVERY_PRIORITY.webhook}::int ELSE ${DELIVERY_PRIORITY.notification}::int END`;
const target = Prisma.sql`CASE WHEN d.channel = 'EMAIL' THEN 'smtp'
  WHEN d.channel = 'WEBHOOK' THEN lower(substring(d.recipient FROM '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]+')) END`;
const delivery = Prisma.sql`LEFT JOIN "Delivery" d ON j.kind = 'deliver' AND d.id = j.payload->>'deliveryId'`;

/**
 * How many of the longest-due deliveries (of targets with room) are ranked per claim. A claim
 * runs every time a slot frees up, so it reads this many rows in due order from the pending
 * index instead of sorting the whole backlog; a page is overtaken only by a backlog of more
 * than this many deliveries that were due before it, all to targets with room to take them.
 */
export const RANKED_AT_MOST = 256;

/**
 * The deliveries lane's claim: due deliveries in rank order (pages, then stakeholder
 * notifications, then webhooks; due time within a rank), and no more of one target's than
 * `perTarget` minus those already in flight (any worker's live lease), so a slow or failing
 * SMTP server or webhook origin holds at most `perTarget` slots and never keeps a page waiting
 * for a slot. Ranked are the RANKED_AT_MOST longest-due deliveries whose target has room (and
 * any a dead worker left). Two workers claiming at the same instant may each fill a target's room once.
 * FOR UPDATE cannot sit beside the window function, so the candidates are chosen first and
 * locked after; the lock re-checks each candidate's state, and one taken meanwhile is skipped.
 */
export async function claimDeliveries(
  db: Db,
  worker: string,
  now: Date,
  limit: number,
  staleBefore: Date,
  staleLockMs: number,
  perTarget: number,
): Promise<ClaimedJob[]> {
  const liveSince = new Date(now.getTime() - staleLockMs);
  return db.$queryRaw<ClaimedJob[]>`
    WITH busy AS (
      SELECT ${target} AS target, count(*)::int AS n FROM "Job" j ${delivery}
      WHERE j.status = 'RUNNING' AND j."lockedAt" >= ${liveSince} AND j.kind = ANY(${DELIVERY_KINDS}::text[])
      GROUP BY 1
    ), full_target AS (
      SELECT target FROM busy WHERE target IS NOT NULL AND n >= ${perTarget}
    ), due_pending AS (
      SELECT j.id, ${rank} AS rank, ${target} AS target, j."runAt", d.channel = 'WEBHOOK' AS webhook FROM "Job" j ${delivery}
      WHERE j.status = 'PENDING' AND j."runAt" <= ${now} AND j.kind = ANY(${DELIVERY_KINDS}::text[])
        AND (d.id IS NULL OR ${target} IS NULL OR ${target} NOT IN (SELECT target FROM full_target))
      ORDER BY j."runAt" LIMIT ${RANKED_AT_MOST}
    ), due AS (
      SELECT * FROM due_pending
      UNION ALL
      SELECT j.id, ${rank}, ${target}, j."runAt", d.channel = 'WEBHOOK' FROM "Job" j ${delivery}
      WHERE j.status = 'RUNNING' AND j."lockedAt" < ${staleBefore} AND j.kind = ANY(${DELIVERY_KINDS}::text[])
    ), ranked AS (
      SELECT due.*, row_number() OVER (PARTITION BY target ORDER BY rank, "runAt") AS nth FROM due
    ), chosen AS (
      SELECT ranked.id, ranked.rank, ranked."runAt", ranked.webhook FROM ranked LEFT JOIN busy ON busy.target = ranked.target
      WHERE ranked.target IS NULL OR ranked.nth <= ${perTarget} - COALESCE(busy.n, 0)
      ORDER BY ranked.rank, ranked."runAt" LIMIT ${limit}
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
