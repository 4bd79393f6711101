import "server-only";
import type { Db } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Recipient } from "../../notify/recipients";
import type { NewJob } from "@/lib/domain/jobs";
import { firstSendJob, insertDeliveriesSql, type Message } from "../../notify/create-deliveries";
import { emitColumns } from "../../events";
import { JOB_CHANNEL } from "../enqueue";
import { newId } from "../new-id";

export type PageLevel = {
  incidentId: string;
  pageId: string;
  levelId: string;
  round: number;
  plannedAt: Date;
  key: string;
  now: Date;
  recipients: Recipient[];
  message: Message;
  event: {
    kind: "PAGED" | "ESCALATED";
    actorId?: string | null;
    actorLabel: string;
    message: string;
    data: Prisma.InputJsonValue;
  };
  next: NewJob | null;
};

/**
 * Pages one level in a single statement, so it is atomic without a transaction round trip:
 * lock the incident and re-check, under the lock, that it is neither acknowledged nor resolved;
 * insert the page (its unique key makes a second run a no-op); and only if the page is new,
 * insert its deliveries, their send jobs, the timeline event and the next level's deadline,
 * then NOTIFY workers of the earliest new job and the incident's watchers of the change. Returns
 * whether the page was made.
 */
const ID_MARK = "\u0000";

export async function pageLevel(db: Db, p: PageLevel): Promise<boolean> {
  const pageInserted = Prisma.sql`EXISTS (SELECT 1 FROM page)`;
  const next = p.next;
  // The deliveries' ids are made inside the statement: their send jobs' key is the contract's, split around the id.
  const send = firstSendJob(ID_MARK, "page", p.now);
  const [keyHead, keyTail] = send.key.split(ID_MARK);
  const [row] = await db.$queryRaw<{ paged: number }[]>`
    WITH incident AS (
      SELECT id FROM "Incident" WHERE id = ${p.incidentId} AND "acknowledgedAt" IS NULL AND status <> 'RESOLVED' FOR UPDATE
    ), page AS (
      INSERT INTO "Page" (id, "incidentId", "levelId", round, "plannedAt", "pagedAt", "idempotencyKey")
      SELECT ${p.pageId}, incident.id, ${p.levelId}, ${p.round}, ${p.plannedAt}::timestamp(3), ${p.now}::timestamp(3), ${p.key} FROM incident
      ON CONFLICT ("idempotencyKey") DO NOTHING
      RETURNING id
    ), delivery AS (
      ${insertDeliveriesSql({ incidentId: p.incidentId, pageId: p.pageId, keyPrefix: p.key }, p.recipients, p.message, p.now, pageInserted)}
    ), job AS (
      INSERT INTO "Job" (id, kind, key, payload, "plannedAt", "runAt", priority)
      SELECT gen_random_uuid()::text, ${send.kind}, ${keyHead} || delivery.id || ${keyTail}, jsonb_build_object('deliveryId', delivery.id), ${p.now}::timestamp(3), ${p.now}::timestamp(3), ${send.priority}::int
      FROM delivery WHERE delivery.channel <> 'IN_APP'
      UNION ALL
      SELECT ${newId()}, ${next?.kind ?? ""}, ${next?.key ?? ""}, ${JSON.stringify(next?.payload ?? null)}::jsonb, ${next?.runAt ?? p.now}::timestamp(3), ${next?.runAt ?? p.now}::timestamp(3), NULL::int
      FROM page WHERE ${next !== null}
      ON CONFLICT (key) DO NOTHING
      RETURNING "runAt"
    ), event AS (
      INSERT INTO "IncidentEvent" (id, "incidentId", kind, "actorId", "actorLabel", message, data, "occurredAt")
      SELECT ${newId()}, ${p.incidentId}, ${p.event.kind}::"IncidentEventKind", ${p.event.actorId ?? null}::text, ${p.event.actorLabel}, ${p.event.message}, ${JSON.stringify(p.event.data)}::jsonb, ${p.now}::timestamp(3)
      FROM page
    ), wake AS (
      SELECT pg_notify(${JOB_CHANNEL}, floor(extract(epoch FROM min("runAt")) * 1000)::bigint::text) FROM job HAVING count(*) > 0
    ), changed AS (
      SELECT ${emitColumns({ type: "incident.changed", id: p.incidentId })} FROM page
    )
    SELECT (SELECT count(*) FROM page)::int AS paged, (SELECT count(*) FROM wake)::int AS woken, (SELECT count(*) FROM changed)::int AS changed`;
  return (row?.paged ?? 0) > 0;
}
