// What a demo incident's page shows besides its story: the policy version it ran under, the
// pages and the acknowledgement, the matrix obligations and every message sent. Everything is in
// the past and nothing is left for the worker: no jobs are created.
import { deliveryTarget } from "../lib/domain/breaker";
import { pageKey } from "../lib/domain/escalation";
import { snapshotOf, type EscalationSnapshot } from "../lib/domain/escalation-snapshot";
import type { Db } from "../lib/db/create-client";
import type { Channel, IncidentEventKind, Prisma, Severity } from "../lib/generated/prisma/client";

const MIN = 60_000;

type Person = { id: string; email: string; name: string };
type Recipient = { channel: Channel; recipient: string; userId?: string };
type DemoEvent = { kind: IncidentEventKind; occurredAt: Date; message: string; actor: Person | null };
export type Seeded = {
  id: string;
  number: number;
  title: string;
  severity: Severity;
  startedAt: Date;
  acknowledgedAt: Date;
};

const toUser = (u: Person): Recipient[] => [
  { channel: "IN_APP", recipient: u.email, userId: u.id },
  { channel: "EMAIL", recipient: u.email, userId: u.id },
];

/** The default policy as the demo incidents were declared under it. */
export async function demoSnapshot(db: Db): Promise<EscalationSnapshot | null> {
  const policy = await db.escalationPolicy.findFirst({
    where: { isDefault: true },
    include: { levels: { include: { targets: { orderBy: { id: "asc" } } } } },
  });
  return policy ? snapshotOf(policy) : null;
}

function delivery(
  incidentId: string,
  key: string,
  r: Recipient,
  subject: string,
  sentAt: Date,
  link: { pageId?: string; obligationId?: string },
) {
  return {
    incidentId,
    ...link,
    userId: r.userId ?? null,
    channel: r.channel,
    recipient: r.recipient,
    target: deliveryTarget(r.channel, r.recipient),
    subject,
    body: subject,
    idempotencyKey: `${key}:${r.channel}:${r.recipient}`,
    status: "SENT" as const,
    attempts: r.channel === "IN_APP" ? 0 : 1,
    firstAttemptAt: r.channel === "IN_APP" ? null : sentAt,
    sentAt,
    createdAt: sentAt,
    // Long since seen: a demo user's inbox starts with nothing unread.
    readAt: r.channel === "IN_APP" ? new Date(sentAt.getTime() + 5 * MIN) : null,
  };
}

/**
 * Pages level one at declaration and each later level whose window ran out before the
 * acknowledgement; the last page is the one acknowledged, by its person if it has one.
 */
export async function seedPages(
  db: Db,
  incident: Seeded,
  policy: EscalationSnapshot,
  people: Map<string, Person>,
  fallback: Person,
): Promise<DemoEvent[]> {
  const events: DemoEvent[] = [];
  let at = incident.startedAt;
  for (const [i, level] of policy.levels.entries()) {
    if (at >= incident.acknowledgedAt) break;
    const acked =
      i === policy.levels.length - 1 ||
      at.getTime() + level.escalateAfterMinutes * MIN > incident.acknowledgedAt.getTime();
    const users = level.targets.flatMap((t) => (t.userId ? [...people.values()].filter((p) => p.id === t.userId) : []));
    const acker = acked ? (users[0] ?? fallback) : null;
    const recipients = [
      ...level.targets.flatMap((t) => (t.email ? [{ channel: "EMAIL" as const, recipient: t.email }] : [])),
      ...users.flatMap(toUser),
    ];
    const key = pageKey(incident.id, { round: 0, position: level.position });
    const page = await db.page.create({
      data: {
        incidentId: incident.id,
        levelId: level.id,
        round: 0,
        plannedAt: at,
        pagedAt: new Date(at.getTime() + 2_000),
        idempotencyKey: key,
        acknowledgedAt: acker ? incident.acknowledgedAt : null,
        acknowledgedById: acker?.id ?? null,
      },
    });
    const subject = `[${incident.severity}] Page: #${incident.number} ${incident.title}`;
    await db.delivery.createMany({
      data: recipients.map((r) =>
        delivery(incident.id, key, r, subject, new Date(at.getTime() + 4_000), { pageId: page.id }),
      ),
    });
    const who = level.targets.map((t) => t.label || t.email).join(", ");
    events.push({
      kind: i === 0 ? "PAGED" : "ESCALATED",
      occurredAt: page.pagedAt,
      actor: null,
      message: `${i === 0 ? "Paged" : "Escalated to"} ${level.name} (${who}); ${recipients.length} message(s)`,
    });
    if (acker)
      events.push({
        kind: "ACKNOWLEDGED",
        occurredAt: incident.acknowledgedAt,
        actor: acker,
        message: `Acknowledged by ${acker.email}; escalation stopped`,
      });
    at = new Date(at.getTime() + level.escalateAfterMinutes * MIN);
  }
  return events;
}

/**
 * The matrix obligations of the incident's severity, sent: immediate ones by the worker within
 * seconds, the others by the commander a few minutes early, except the last one, sent late.
 * The first incident's first e-mail failed once and was sent on the retry.
 */
export async function seedObligations(
  db: Db,
  incident: Seeded,
  commander: Person,
  failOnce: boolean,
): Promise<DemoEvent[]> {
  const rules = await db.notificationRule.findMany({
    where: { severity: incident.severity },
    include: { group: { include: { members: { include: { user: true } } } } },
    orderBy: [{ withinMinutes: "asc" }, { id: "asc" }],
  });
  const events: DemoEvent[] = [];
  let failed = !failOnce;
  for (const [i, rule] of rules.entries()) {
    const dueAt = new Date(incident.startedAt.getTime() + rule.withinMinutes * MIN);
    const late = i === rules.length - 1 && !rule.autoSend;
    const sentAt = new Date(dueAt.getTime() + (rule.autoSend ? 3_000 : late ? 7 * MIN : -4 * MIN));
    const obligation = await db.notificationObligation.create({
      data: {
        incidentId: incident.id,
        ruleId: rule.id,
        groupId: rule.groupId,
        dueAt,
        status: "SENT",
        autoSend: rule.autoSend,
        templateId: rule.templateId,
        sentAt,
      },
    });
    const recipients = rule.group.members.flatMap((m): Recipient[] =>
      m.user ? toUser(m.user) : m.email ? [{ channel: "EMAIL", recipient: m.email }] : [],
    );
    const subject = `[${incident.severity}] #${incident.number} ${incident.title}`;
    const rows: Prisma.DeliveryCreateManyInput[] = recipients.map((r) =>
      delivery(incident.id, `obligation:${obligation.id}`, r, subject, sentAt, { obligationId: obligation.id }),
    );
    const retried = failed ? undefined : rows.find((d) => d.channel === "EMAIL");
    if (retried) {
      // The first attempt was refused; the retry a minute later went through.
      failed = true;
      Object.assign(retried, {
        attempts: 2,
        lastError: "421 4.7.0 Try again later",
        sentAt: new Date(sentAt.getTime() + MIN),
      });
      events.push({
        kind: "NOTIFICATION_FAILED",
        occurredAt: new Date(sentAt.getTime() + 1_000),
        actor: null,
        message: `Delivery failed, will retry: EMAIL to ${retried.recipient} — 421 4.7.0 Try again later`,
      });
    }
    await db.delivery.createMany({ data: rows });
    events.push({
      kind: "NOTIFICATION_SENT",
      occurredAt: sentAt,
      actor: rule.autoSend ? null : commander,
      message: `Notified ${rule.group.name}${late ? " (late)" : ""}: ${rows.length} message(s) — initial_notification`,
    });
  }
  return events;
}
