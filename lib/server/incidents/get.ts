import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { escalationKeyPrefix, JOB_KINDS } from "@/lib/domain/jobs";
import { maskUrlsInText, maskWebhookUrl } from "@/lib/domain/webhook-mask";
import { authorize, isAllowed } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { commanderChoices } from "./choices";
import { escalationView } from "./escalation-view";

const userName = { select: { id: true, name: true, email: true } } as const;

/** What anyone who may read incidents sees: plain facts, no people, pages or deliveries. */
async function publicParts(incidentId: string) {
  const [components, statusUpdates] = await Promise.all([
    db.incidentComponent.findMany({
      where: { incidentId },
      select: { restoredAt: true, component: { select: { id: true, name: true, rtoMinutes: true } } },
      orderBy: { component: { rtoMinutes: "asc" } },
    }),
    db.statusUpdate.findMany({
      where: { incidentId, publishedAt: { not: null } },
      orderBy: { publishedAt: "desc" },
      select: { id: true, status: true, message: true, nextUpdateAt: true, publishedAt: true },
    }),
  ]);
  return {
    components: components.map((c) => ({ ...c.component, restoredAt: c.restoredAt })),
    // Drafts are not updates yet: only published ones are shown.
    statusUpdates: statusUpdates.map((u) => ({ ...u, publishedAt: u.publishedAt as Date })),
  };
}

async function internalParts(
  ctx: Ctx,
  incident: { id: string; escalationSnapshot: unknown; acknowledgedAt: Date | null; status: string },
) {
  const [policy, obligations, deliveries, events, pendingJobs] = await Promise.all([
    escalationView(incident),
    db.notificationObligation.findMany({
      where: { incidentId: incident.id },
      orderBy: [{ dueAt: "asc" }, { group: { name: "asc" } }],
      select: {
        id: true,
        dueAt: true,
        status: true,
        autoSend: true,
        sentAt: true,
        remindedAt: true,
        group: { select: { id: true, key: true, name: true } },
      },
    }),
    db.delivery.findMany({
      where: { incidentId: incident.id },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: {
        id: true,
        channel: true,
        recipient: true,
        subject: true,
        status: true,
        attempts: true,
        lastError: true,
        nextAttemptAt: true,
        sentAt: true,
        createdAt: true,
        obligationId: true,
        pageId: true,
        idempotencyKey: true,
        possibleDuplicates: true,
      },
    }),
    db.incidentEvent.findMany({
      where: { incidentId: incident.id },
      orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
      select: { id: true, kind: true, message: true, occurredAt: true, actorLabel: true, actor: userName },
    }),
    // The next escalation deadline is the incident's earliest pending escalate job (key
    // page:<id>:…) whose page has not gone out yet (a job stays PENDING until its worker ends).
    db.job.findMany({
      where: { kind: "escalate", status: "PENDING", key: { startsWith: escalationKeyPrefix(incident.id) } },
      orderBy: { runAt: "asc" },
      select: { key: true, runAt: true, payload: true },
    }),
  ]);
  // A page's key is the key of the escalate job that sent it.
  const pagedKeys = new Set(policy?.levels.flatMap((l) => l.pages.map((p) => p.idempotencyKey)));
  const nextJob = pendingJobs.find((job) => !pagedKeys.has(job.key));
  const stopped = incident.acknowledgedAt !== null || incident.status === "RESOLVED";
  const step = nextJob ? JOB_KINDS.escalate.payload.safeParse(nextJob.payload).data : undefined;
  const position = step?.position ?? null;
  const nextEscalation =
    nextJob && !stopped
      ? {
          runAt: nextJob.runAt,
          position,
          round: step?.round ?? 0,
          levelName: policy?.levels.find((l) => l.position === position)?.name ?? null,
        }
      : null;
  return {
    escalation: policy ? { ...policy, nextEscalation } : null,
    obligations,
    ...hideWebhookUrls(ctx, { deliveries, events }),
  };
}

/** Webhook URLs may hold secrets: only admins see them whole, in deliveries and the timeline. */
function hideWebhookUrls<
  D extends { channel: string; recipient: string; idempotencyKey: string; lastError: string | null },
  E extends { message: string },
>(ctx: Ctx, parts: { deliveries: D[]; events: E[] }): { deliveries: D[]; events: E[] } {
  if (ctx.actor.role === "ADMIN") return parts;
  return {
    deliveries: parts.deliveries.map((d) => ({
      ...d,
      recipient: d.channel === "WEBHOOK" ? maskWebhookUrl(d.recipient) : d.recipient,
      idempotencyKey: maskUrlsInText(d.idempotencyKey),
      lastError: d.lastError === null ? null : maskUrlsInText(d.lastError),
    })),
    events: parts.events.map((e) => ({ ...e, message: maskUrlsInText(e.message) })),
  };
}

/**
 * What the incident page's header needs, read first so it can show before the panels: the
 * incident and, for readers of internals, who may command it.
 */
export async function getIncidentHead(ctx: Ctx, number: number) {
  authorize(ctx, "incident:read");
  if (!Number.isSafeInteger(number) || number < 1) throw new DomainError("NOT_FOUND", "No such incident");
  const incident = await db.incident.findUnique({
    where: { number },
    include: { commander: userName, drTestRun: { select: { id: true, test: { select: { key: true, name: true } } } } },
  });
  if (!incident) throw new DomainError("NOT_FOUND", `There is no incident #${number}.`);
  const summary = {
    id: incident.id,
    number: incident.number,
    title: incident.title,
    drill: incident.drill,
    severity: incident.severity,
    status: incident.status,
    impact: incident.impact,
    startedAt: incident.startedAt,
    detectedAt: incident.detectedAt,
    acknowledgedAt: incident.acknowledgedAt,
    mitigatedAt: incident.mitigatedAt,
    resolvedAt: incident.resolvedAt,
    updatedAt: incident.updatedAt,
  };
  if (!isAllowed(ctx, "internal:read")) return { internal: false as const, incident: summary };
  return { internal: true as const, incident, commanders: await commanderChoices(ctx) };
}

export type IncidentHead = Awaited<ReturnType<typeof getIncidentHead>>;

/**
 * Everything the incident page shows, given its head. Stakeholders (no `internal:read`) get the
 * public parts only: no commander, escalation, obligations, deliveries or timeline.
 */
export async function incidentView(ctx: Ctx, head: IncidentHead) {
  if (!head.internal) return { ...head, ...(await publicParts(head.incident.id)) };
  const [pub, internal] = await Promise.all([publicParts(head.incident.id), internalParts(ctx, head.incident)]);
  return { ...head, ...pub, ...internal };
}

export async function getIncident(ctx: Ctx, number: number) {
  return incidentView(ctx, await getIncidentHead(ctx, number));
}

export type IncidentView = Awaited<ReturnType<typeof getIncident>>;
export type InternalIncidentView = Extract<IncidentView, { internal: true }>;
export type PublicIncidentView = Extract<IncidentView, { internal: false }>;
