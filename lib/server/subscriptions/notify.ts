import "server-only";
import type { Db } from "@/lib/db/create-client";
import { SMTP_TARGET } from "@/lib/domain/breaker";
import { STATUS_LABEL } from "@/lib/domain/incident-status";
import type { JobPayload } from "@/lib/domain/jobs";
import { MAINTENANCE_STATUS_LABEL } from "@/lib/domain/maintenance-status";
import { renderNotice, type NoticeInput } from "@/lib/domain/subscriber-notice";
import { concerns, NOTICE_BATCH_SIZE, type Affected } from "@/lib/domain/subscriptions";
import { appUrl } from "../app-url";
import { emit } from "../events";
import { enqueue } from "../jobs/enqueue";
import { HANDLER_TX } from "../jobs/handlers/tx-options";
import { newId } from "../jobs/new-id";
import { firstSendJob } from "../notify/create-deliveries";
import { manageUrl, unsubscribeUrl } from "./links";

/** Every subscriber notice's idempotency key starts so: `<prefix><update|maintenance>:<update id>:<subscriber id>`. */
export const NOTICE_KEY_PREFIX = "subscriber-notice:";

type Source = {
  keyPart: string;
  statusUpdateId: string | null;
  incidentId: string | null;
  affected: Affected;
  notice: Omit<NoticeInput, "manageUrl" | "unsubscribeUrl">;
};

type ComponentRow = { component: { id: string; name: string; groupId: string | null; public: boolean } };

function affectedBy(rows: ComponentRow[]): { affected: Affected; names: string[] } {
  const components = rows.map((r) => r.component);
  const groupIds = [...new Set(components.flatMap((c) => (c.groupId ? [c.groupId] : [])))];
  return {
    affected: { componentIds: components.map((c) => c.id), groupIds },
    names: components.filter((c) => c.public).map((c) => c.name),
  };
}

const componentSelect = { select: { component: { select: { id: true, name: true, groupId: true, public: true } } } };

/** A published incident update that asked to notify subscribers, or null (a draft or a quiet one). */
async function incidentSource(db: Db, id: string): Promise<Source | null> {
  const u = await db.statusUpdate.findUnique({
    where: { id },
    include: {
      incident: { select: { id: true, title: true, publicTitle: true, drill: true, components: componentSelect } },
    },
  });
  // A drill's updates never reach subscribers, even one published before it was known as a drill.
  if (!u || !u.publishedAt || !u.notifySubscribers || u.incident.drill) return null;
  const { affected, names } = affectedBy(u.incident.components);
  return {
    keyPart: `update:${u.id}`,
    statusUpdateId: u.id,
    incidentId: u.incidentId,
    affected,
    notice: {
      kind: "incident",
      title: u.incident.publicTitle ?? u.incident.title,
      state: STATUS_LABEL[u.status],
      message: u.message,
      subject: u.subject,
      components: names,
      publishedAt: u.publishedAt,
      nextUpdateAt: u.nextUpdateAt,
      statusUrl: appUrl(`/status/incidents/${u.incidentId}`),
    },
  };
}

async function maintenanceSource(db: Db, id: string): Promise<Source | null> {
  const u = await db.maintenanceUpdate.findUnique({
    where: { id },
    include: { maintenance: { select: { title: true, notifySubscribers: true, components: componentSelect } } },
  });
  if (!u || !u.maintenance.notifySubscribers) return null;
  const { affected, names } = affectedBy(u.maintenance.components);
  return {
    keyPart: `maintenance:${u.id}`,
    statusUpdateId: null,
    incidentId: null,
    affected,
    notice: {
      kind: "maintenance",
      title: u.maintenance.title,
      state: MAINTENANCE_STATUS_LABEL[u.status],
      message: u.message,
      components: names,
      publishedAt: u.publishedAt,
      statusUrl: appUrl("/status"),
    },
  };
}

type Row = { subscriberId: string; recipient: string; key: string; subject: string; text: string; html: string };

/** One batch of deliveries and their send jobs in one short transaction; rows that exist are skipped. */
async function insertBatch(db: Db, source: Source, rows: Row[], now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    const created = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "Delivery" (id, "statusUpdateId", "subscriberId", channel, recipient, target, subject, body, html, "idempotencyKey", "nextAttemptAt")
      SELECT r.id, ${source.statusUpdateId}::text, r.subscriber_id, 'EMAIL'::"Channel", r.recipient, ${SMTP_TARGET}::text, r.subject, r.body, r.html, r.key, ${now}::timestamp(3)
      FROM unnest(${rows.map(() => newId())}::text[], ${rows.map((r) => r.subscriberId)}::text[], ${rows.map((r) => r.recipient)}::text[],
        ${rows.map((r) => r.subject)}::text[], ${rows.map((r) => r.text)}::text[], ${rows.map((r) => r.html)}::text[],
        ${rows.map((r) => r.key)}::text[]) AS r(id, subscriber_id, recipient, subject, body, html, key)
      ON CONFLICT ("idempotencyKey") DO NOTHING
      RETURNING id`;
    await enqueue(
      tx,
      created.map((d) => firstSendJob(d.id, "subscriber", now)),
    );
    return created.length;
  }, HANDLER_TX);
}

/**
 * Mails a published update to every confirmed, still-subscribed address it concerns: all
 * components, a chosen component it affects, or a group one of them is in now. Subscribers are
 * read and written in batches by id; each delivery is keyed by update and subscriber, so a
 * re-run (a crash mid-way, a second publish) only adds what is missing. Returns the new count.
 */
export async function notifySubscribers(db: Db, payload: JobPayload<"notify-subscribers">, now: Date): Promise<number> {
  const source =
    "statusUpdateId" in payload
      ? await incidentSource(db, payload.statusUpdateId)
      : await maintenanceSource(db, payload.maintenanceUpdateId);
  if (!source) return 0;
  let created = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await db.subscriber.findMany({
      where: { confirmedAt: { not: null }, unsubscribedAt: null, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      take: NOTICE_BATCH_SIZE,
      select: { id: true, email: true, scope: true, groupId: true, components: { select: { componentId: true } } },
    });
    if (batch.length === 0) break;
    after = batch[batch.length - 1].id;
    const rows = batch
      .filter((s) => concerns({ ...s, componentIds: s.components.map((c) => c.componentId) }, source.affected))
      .map((s) => {
        const notice = renderNotice({
          ...source.notice,
          manageUrl: manageUrl(s.id),
          unsubscribeUrl: unsubscribeUrl(s.id),
        });
        return {
          subscriberId: s.id,
          recipient: s.email,
          key: `${NOTICE_KEY_PREFIX}${source.keyPart}:${s.id}`,
          ...notice,
        };
      });
    if (rows.length > 0) created += await insertBatch(db, source, rows, now);
    if (batch.length < NOTICE_BATCH_SIZE) break;
  }
  if (source.incidentId && created > 0)
    await emit(db, { type: "incident.changed", id: source.incidentId }).catch(() => {});
  return created;
}
