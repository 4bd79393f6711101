import "server-only";
import type { Db, Tx } from "@/lib/db/create-client";
import { ROLES, can } from "@/lib/domain/roles";
import { isPageRule, planAlerts, type AlertVerdict } from "@/lib/domain/slo/alerts";
import { evaluateBurnRules, missingData } from "@/lib/domain/slo/rules";
import { ALERT_RULE_LABELS, type AlertRuleKey } from "@/lib/domain/slo/vocabulary";
import type { Severity, SloAlert, SloAlertMode, SloWindow } from "@/lib/generated/prisma/client";
import { writeAudit } from "../audit";
import type { Ctx } from "../context";
import { emit } from "../events";
import { changeStatus } from "../incidents/change-status";
import { declareIncident } from "../incidents/declare";
import { recordEvent } from "../incidents/record-event";
import { newId } from "../jobs/new-id";
import { sloMonitorCtx } from "./monitor";
import { readWindowCounts, type SloCounts } from "./window-counts";

type SloRow = {
  id: string;
  slug: string;
  name: string;
  serviceId: string;
  targetPercent: number;
  window: SloWindow;
  windowDays: number;
  minRequests: number;
  expectedIntervalSeconds: number;
  lastSampleAt: Date | null;
  alertMode: SloAlertMode;
  pageSeverity: Severity;
  ticketSeverity: Severity;
};

const SLO_SELECT = {
  id: true,
  slug: true,
  name: true,
  serviceId: true,
  targetPercent: true,
  window: true,
  windowDays: true,
  minRequests: true,
  expectedIntervalSeconds: true,
  lastSampleAt: true,
  alertMode: true,
  pageSeverity: true,
  ticketSeverity: true,
} as const;

/**
 * Evaluates the alert rules of the given SLOs (every SLO when `sloIds` is null) at `now` and keeps
 * their SloAlert rows: one FIRING row per firing rule, RESOLVED once it stops. With alert mode ON
 * a page rule declares an incident (or notes the SLO's open one), a ticket notifies commanders in
 * the app, and recovery notes — and, if nobody has touched it, resolves — the incident.
 */
export async function evaluateSloAlerts(db: Db, sloIds: string[] | null, now: Date): Promise<void> {
  const slos: SloRow[] = await db.slo.findMany({
    where: sloIds ? { id: { in: sloIds } } : {},
    select: SLO_SELECT,
    orderBy: { slug: "asc" },
  });
  const counts = await readWindowCounts(db, slos, now);
  for (const slo of slos) await evaluateOne(db, slo, counts.get(slo.id)!, now);
}

async function evaluateOne(db: Db, slo: SloRow, counts: SloCounts, now: Date): Promise<void> {
  const ctx = sloMonitorCtx(now);
  const verdicts = evaluateBurnRules(slo, counts.windows);
  const missing = missingData(slo.lastSampleAt, slo.expectedIntervalSeconds, now);
  const stoppedIncidents = new Set<string>();
  await db.$transaction(
    async (tx) => {
      // One evaluation of an SLO at a time: the per-minute round and the one after a sample batch
      // may run together, and both seeing "no incident yet" would declare two.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`slo-alerts:${slo.id}`}))`;
      const firing = await tx.sloAlert.findMany({ where: { sloId: slo.id, state: "FIRING" } });
      const plan = planAlerts(slo.alertMode, verdicts, missing, firing);
      for (const start of plan.start) await startAlert(tx, ctx, slo, start);
      for (const keep of plan.keep) {
        // Refreshing a firing row's figures changes no state (that is audited when it fires and
        // resolves); an audit row per evaluation would bury the log in them.
        await tx.sloAlert.update({
          where: { id: keep.alert.id },
          data: {
            reason: keep.reason,
            burnLong: stored(keep.burnLong),
            burnShort: stored(keep.burnShort),
            lastSeenAt: now,
          },
        });
      }
      for (const stop of plan.stop) {
        const alert = firing.find((a) => a.id === stop.id)!;
        const incidentId = await stopAlert(tx, ctx, slo, alert, verdicts.find((v) => v.rule === alert.rule)?.reason);
        if (incidentId) stoppedIncidents.add(incidentId);
      }
      if (plan.start.length || plan.keep.length || plan.stop.length) await emit(tx, { type: "slo", id: slo.id });
    },
    { maxWait: 15_000, timeout: 30_000 },
  );
  // Resolving goes through the status service in its own transaction, after ours released the
  // incident rows its notes touched.
  for (const incidentId of stoppedIncidents) await resolveIfUntouched(db, ctx, slo, incidentId);
}

/** Infinity (any bad event against a 100 % target) has no place in a float column; the reason says "∞×". */
function stored(burn: number | null): number | null {
  return burn !== null && Number.isFinite(burn) ? burn : null;
}

async function startAlert(tx: Tx, ctx: Ctx, slo: SloRow, start: AlertVerdict & { dryRun: boolean }): Promise<void> {
  const label = ALERT_RULE_LABELS[start.rule];
  let incidentId: string | null = null;
  if (!start.dryRun && isPageRule(start.rule)) {
    const open = await openIncidentOf(tx, slo.id);
    if (open) {
      incidentId = open;
      await recordEvent(tx, ctx, open, "NOTE", `SLO ${slo.name}: ${label} fired. ${start.reason}`, {
        slo: slo.slug,
        rule: start.rule,
      });
    } else {
      incidentId = await declareFor(tx, ctx, slo, start);
    }
  }
  const alert = await tx.sloAlert.create({
    data: {
      sloId: slo.id,
      rule: start.rule,
      dryRun: start.dryRun,
      reason: start.reason,
      burnLong: stored(start.burnLong),
      burnShort: stored(start.burnShort),
      firedAt: ctx.now,
      lastSeenAt: ctx.now,
      incidentId,
    },
  });
  if (!start.dryRun && start.rule === "ticket") await noticeToCommanders(tx, ctx, slo, alert, start.reason);
  await writeAudit(tx, ctx, {
    action: start.dryRun ? "slo.alert.would-fire" : "slo.alert.fire",
    entityType: "SloAlert",
    entityId: alert.id,
    after: { ...alert, slo: slo.slug },
  });
}

/**
 * Declares the SLO's incident through the same service a person uses, as the SLO monitor: the
 * SLO's page severity, its reason as the impact, and the SLO's service components with the
 * shortest RTO (the ones whose clock matters first). Its own transaction commits before ours; the
 * advisory lock we hold keeps a concurrent evaluation of this SLO from declaring a second one.
 */
async function declareFor(tx: Tx, ctx: Ctx, slo: SloRow, start: AlertVerdict): Promise<string | null> {
  const components = await tx.component.findMany({
    where: { serviceId: slo.serviceId },
    select: { id: true, rtoMinutes: true },
  });
  if (components.length === 0) return null;
  const shortest = Math.min(...components.map((c) => c.rtoMinutes));
  const incident = await declareIncident(ctx, {
    title: `SLO ${slo.name}: ${ALERT_RULE_LABELS[start.rule]}`.slice(0, 200),
    severity: slo.pageSeverity,
    impact: `${start.reason} (SLO ${slo.name}, target ${slo.targetPercent} % over ${slo.window === "CALENDAR_MONTH" ? "the calendar month" : `${slo.windowDays} days`}.)`,
    componentIds: components.filter((c) => c.rtoMinutes === shortest).map((c) => c.id),
  });
  return incident.id;
}

/** The newest unresolved incident any real alert of this SLO declared or noted. */
async function openIncidentOf(tx: Tx, sloId: string): Promise<string | null> {
  const alert = await tx.sloAlert.findFirst({
    where: { sloId, dryRun: false, incidentId: { not: null }, incident: { status: { not: "RESOLVED" } } },
    orderBy: { firedAt: "desc" },
    select: { incidentId: true },
  });
  return alert?.incidentId ?? null;
}

/** Marks the alert resolved and notes it on its incident; returns the incident to consider resolving. */
async function stopAlert(
  tx: Tx,
  ctx: Ctx,
  slo: SloRow,
  alert: SloAlert,
  reasonNow: string | undefined,
): Promise<string | null> {
  const resolved = await tx.sloAlert.update({
    where: { id: alert.id },
    data: { state: "RESOLVED", resolvedAt: ctx.now },
  });
  await writeAudit(tx, ctx, {
    action: "slo.alert.resolve",
    entityType: "SloAlert",
    entityId: alert.id,
    before: alert,
    after: { ...resolved, slo: slo.slug },
  });
  if (!alert.incidentId || alert.dryRun) return null;
  const incident = await tx.incident.findUnique({ where: { id: alert.incidentId }, select: { status: true } });
  if (!incident || incident.status === "RESOLVED") return null;
  const label = ALERT_RULE_LABELS[alert.rule as AlertRuleKey] ?? alert.rule;
  await recordEvent(
    tx,
    ctx,
    alert.incidentId,
    "NOTE",
    `SLO ${slo.name}: ${label} stopped firing.${reasonNow ? ` ${reasonNow}` : ""}`,
    { slo: slo.slug, rule: alert.rule },
  );
  return alert.incidentId;
}

/**
 * Resolves an incident the monitor declared once none of its SLO's page rules fire any more —
 * only if nobody has touched it: still INVESTIGATING, unacknowledged, and no person on its
 * timeline. Otherwise the people running it decide, and the note on the timeline tells them.
 */
async function resolveIfUntouched(db: Db, ctx: Ctx, slo: SloRow, incidentId: string): Promise<void> {
  const stillFiring = await db.sloAlert.count({ where: { incidentId, state: "FIRING", dryRun: false } });
  if (stillFiring > 0) return;
  const incident = await db.incident.findUnique({
    where: { id: incidentId },
    select: {
      status: true,
      acknowledgedAt: true,
      _count: { select: { events: { where: { actorId: { not: null } } } } },
    },
  });
  if (!incident || incident.status !== "INVESTIGATING" || incident.acknowledgedAt || incident._count.events > 0) return;
  await changeStatus(ctx, {
    incidentId,
    status: "RESOLVED",
    note: `SLO ${slo.name} is no longer burning its error budget; resolved by the SLO monitor.`,
  });
}

/** A ticket's notice: an in-app message to every active commander, once per alert. */
async function noticeToCommanders(tx: Tx, ctx: Ctx, slo: SloRow, alert: SloAlert, reason: string): Promise<void> {
  const commanders = await tx.user.findMany({
    where: { active: true, role: { in: ROLES.filter((r) => can(r, "incident:command")) } },
    select: { id: true, email: true },
  });
  if (commanders.length === 0) return;
  await tx.delivery.createMany({
    data: commanders.map((u) => ({
      id: newId(),
      channel: "IN_APP" as const,
      recipient: u.email,
      userId: u.id,
      subject: `SLO ${slo.name}: ${ALERT_RULE_LABELS.ticket} (${slo.ticketSeverity})`,
      body: `${reason}\nNo incident is declared for a slow burn; look at /slo/${slo.slug} before it becomes one.`,
      idempotencyKey: `slo-alert:${alert.id}:IN_APP:${u.email.toLowerCase()}`,
      status: "SENT" as const,
      attempts: 1,
      nextAttemptAt: ctx.now,
      firstAttemptAt: ctx.now,
      sentAt: ctx.now,
    })),
    skipDuplicates: true,
  });
}
