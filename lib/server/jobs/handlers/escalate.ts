import "server-only";
import { nextStep } from "@/lib/domain/escalation";
import { readSnapshot } from "@/lib/domain/escalation-snapshot";
import { escalateJob, type JobPayload } from "@/lib/domain/jobs";
import { ackUrl } from "../../ack-token";
import { appUrl } from "../../app-url";
import { actingUserId, type Ctx } from "../../context";
import { db as defaultDb } from "../../db";
import { recipientsOfUser, uniqueRecipients, type PushDevice, type Recipient } from "../../notify/recipients";
import { newId } from "../new-id";
import type { HandlerOptions } from "./index";
import { pageLevel } from "./page-level";

type UserRow = { id: string; email: string; name: string; active: boolean; push: PushDevice[] };
type IncidentRow = {
  number: number;
  title: string;
  severity: string;
  status: string;
  impact: string;
  acknowledgedAt: Date | null;
  snapshot: unknown;
  users: UserRow[];
};

/**
 * A level's deadline: unless the incident is acknowledged or resolved, page the level and
 * schedule the next one. The check is repeated under the incident's row lock by the statement
 * that writes the page (pageLevel), so no page goes out after an acknowledgement; the page's
 * unique key makes a second run of the same deadline a no-op.
 */
export async function handleEscalate(ctx: Ctx, step: JobPayload<"escalate">, options?: HandlerOptions): Promise<void> {
  const db = options?.db ?? defaultDb;
  // The levels come from the incident's own copy of its policy, the users (targets by person) as they are now.
  const [incident] = await db.$queryRaw<IncidentRow[]>`
    SELECT i.number, i.title, i.severity::text AS severity, i.status::text AS status, i.impact, i."acknowledgedAt", i."escalationSnapshot" AS snapshot,
      (SELECT COALESCE(json_agg(json_build_object('id', u.id, 'email', u.email, 'name', u.name, 'active', u.active,
        'push', (SELECT COALESCE(json_agg(json_build_object('id', s.id, 'label', s.label, 'endpoint', s.endpoint) ORDER BY s."createdAt"), '[]'::json) FROM "PushSubscription" s WHERE s."userId" = u.id))), '[]'::json) FROM "User" u
       WHERE u.id IN (SELECT t->>'userId' FROM jsonb_array_elements(i."escalationSnapshot"->'levels') l, jsonb_array_elements(l->'targets') t)) AS users
    FROM "Incident" i WHERE i.id = ${step.incidentId}`;
  if (!incident || incident.acknowledgedAt || incident.status === "RESOLVED") return;
  const policy = readSnapshot(incident.snapshot);
  if (!policy) return;
  const levels = policy.levels;
  const level = levels.find((l) => l.position === step.position);
  if (!level) return;
  const users = new Map(incident.users.map((u) => [u.id, u]));
  const targets = level.targets.map((t) => ({ ...t, user: t.userId ? users.get(t.userId) : undefined }));
  // The page is keyed like the deadline that sends it.
  const key = escalateJob(step.incidentId, step).key;
  const pageId = newId();
  const recipients: Recipient[] = targets.flatMap((t) =>
    t.user?.active ? recipientsOfUser(t.user) : t.email ? [{ channel: "EMAIL" as const, recipient: t.email }] : [],
  );
  const first = step.round === 0 && step.position === Math.min(...levels.map((l) => l.position));
  const who =
    targets
      .map((t) => t.label || t.email || t.user?.name)
      .filter(Boolean)
      .join(", ") || "no targets";
  const messages = uniqueRecipients(recipients).length;
  const next = nextStep(policy, step);
  await pageLevel(db, {
    incidentId: step.incidentId,
    pageId,
    levelId: level.id,
    round: step.round,
    plannedAt: step.at,
    key,
    now: ctx.now,
    recipients,
    message: {
      subject: `[${incident.severity}] Page: #${incident.number} ${incident.title}`,
      body: pageBody(incident, level.name, pageId, ctx.now),
    },
    event: {
      kind: first ? "PAGED" : "ESCALATED",
      actorId: actingUserId(ctx),
      actorLabel: ctx.actor.label,
      message: `${first ? "Paged" : "Escalated to"} ${level.name} (${who}); ${messages} message(s)`,
      data: { round: step.round, position: step.position, plannedAt: step.at.toISOString() },
    },
    next: next ? escalateJob(step.incidentId, next) : null,
  });
}

type PagedIncident = { number: number; severity: string; title: string; impact: string };

/** The page's text. Without a signing secret (a worker started on its own) the one-click ack link is left out rather than failing the page. */
function pageBody(incident: PagedIncident, levelName: string, pageId: string, now: Date): string {
  const link = ackUrl(pageId, now);
  const ack = link ? `Acknowledge: ${link}\n` : "";
  return `You are paged as ${levelName} for incident #${incident.number} (${incident.severity}): ${incident.title}\n\nImpact: ${incident.impact || "under assessment"}\n\n${ack}Incident: ${appUrl(`/incidents/${incident.number}`)}`;
}
