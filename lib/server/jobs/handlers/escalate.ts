import "server-only";
import { nextStep } from "@/lib/domain/escalation";
import { escalateJob, type JobPayload } from "@/lib/domain/jobs";
import { ackToken } from "../../ack-token";
import { appUrl } from "../../app-url";
import { actingUserId, type Ctx } from "../../context";
import { db as defaultDb } from "../../db";
import { env } from "../../env";
import { emit } from "../../events";
import { recipientsOfUser, uniqueRecipients, type Recipient } from "../../notify/recipients";
import { newId } from "../new-id";
import type { HandlerOptions } from "./index";
import { pageLevel } from "./page-level";

type LevelRow = { id: string; position: number; name: string; escalateAfterMinutes: number; targets: TargetRow[] };
type TargetRow = { email: string | null; label: string; userId: string | null; userEmail: string | null; userName: string | null; userActive: boolean | null };
type IncidentRow = {
  number: number;
  title: string;
  severity: string;
  status: string;
  impact: string;
  acknowledgedAt: Date | null;
  repeatCount: number | null;
  levels: LevelRow[] | null;
};

/**
 * A level's deadline: unless the incident is acknowledged or resolved, page the level and
 * schedule the next one. The check is repeated under the incident's row lock by the statement
 * that writes the page (pageLevel), so no page goes out after an acknowledgement; the page's
 * unique key makes a second run of the same deadline a no-op.
 */
export async function handleEscalate(ctx: Ctx, step: JobPayload<"escalate">, options?: HandlerOptions): Promise<void> {
  const db = options?.db ?? defaultDb;
  const [incident] = await db.$queryRaw<IncidentRow[]>`
    SELECT i.number, i.title, i.severity::text AS severity, i.status::text AS status, i.impact, i."acknowledgedAt", p."repeatCount",
      (SELECT json_agg(json_build_object('id', l.id, 'position', l.position, 'name', l.name, 'escalateAfterMinutes', l."escalateAfterMinutes",
         'targets', (SELECT COALESCE(json_agg(json_build_object('email', t.email, 'label', t.label, 'userId', u.id, 'userEmail', u.email, 'userName', u.name, 'userActive', u.active) ORDER BY t.id), '[]'::json)
                     FROM "EscalationTarget" t LEFT JOIN "User" u ON u.id = t."userId" WHERE t."levelId" = l.id)) ORDER BY l.position)
       FROM "EscalationLevel" l WHERE l."policyId" = p.id) AS levels
    FROM "Incident" i LEFT JOIN "EscalationPolicy" p ON p.id = i."escalationPolicyId"
    WHERE i.id = ${step.incidentId}`;
  if (!incident || incident.acknowledgedAt || incident.status === "RESOLVED" || !incident.levels) return;
  const levels = incident.levels;
  const level = levels.find((l) => l.position === step.position);
  if (!level) return;
  // The page is keyed like the deadline that sends it.
  const key = escalateJob(step.incidentId, step).key;
  const pageId = newId();
  const recipients: Recipient[] = level.targets.flatMap((t) =>
    t.userId && t.userActive && t.userEmail ? recipientsOfUser({ id: t.userId, email: t.userEmail }) : t.email ? [{ channel: "EMAIL" as const, recipient: t.email }] : [],
  );
  const first = step.round === 0 && step.position === Math.min(...levels.map((l) => l.position));
  const who = level.targets.map((t) => t.label || t.email || t.userName).filter(Boolean).join(", ") || "no targets";
  const messages = uniqueRecipients(recipients).length;
  const next = nextStep({ levels, repeatCount: incident.repeatCount ?? 0 }, step);
  const paged = await pageLevel(db, {
    incidentId: step.incidentId, pageId, levelId: level.id, round: step.round, plannedAt: step.at, key, now: ctx.now, recipients,
    message: { subject: `[${incident.severity}] Page: #${incident.number} ${incident.title}`, body: pageBody(incident, level.name, pageId, ctx.now) },
    event: {
      kind: first ? "PAGED" : "ESCALATED",
      actorId: actingUserId(ctx),
      actorLabel: ctx.actor.label,
      message: `${first ? "Paged" : "Escalated to"} ${level.name} (${who}); ${messages} message(s)`,
      data: { round: step.round, position: step.position, plannedAt: step.at.toISOString() },
    },
    next: next ? escalateJob(step.incidentId, next) : null,
  });
  if (paged) await emit(db, { type: "incident.changed", id: step.incidentId });
}

type PagedIncident = { number: number; severity: string; title: string; impact: string };

/** The page's text. Without a signing secret (a worker started on its own) the one-click ack link is left out rather than failing the page. */
function pageBody(incident: PagedIncident, levelName: string, pageId: string, now: Date): string {
  const ack = env.NEXTAUTH_SECRET ? `Acknowledge: ${appUrl(`/ack/${ackToken(pageId, now)}`)}\n` : "";
  return `You are paged as ${levelName} for incident #${incident.number} (${incident.severity}): ${incident.title}\n\nImpact: ${incident.impact || "under assessment"}\n\n${ack}Incident: ${appUrl(`/incidents/${incident.number}`)}`;
}
