import "server-only";
import type { Db, Tx } from "@/lib/db/create-client";
import { DomainError } from "@/lib/domain/errors";
import type { Counts } from "@/lib/domain/slo/budget";
import { incidentBudget } from "@/lib/domain/slo/incident-budget";
import { ROLLUP_RETENTION_DAYS } from "@/lib/domain/slo/vocabulary";
import { complianceWindow } from "@/lib/domain/slo/window";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { env } from "../env";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Longer incidents are counted by the hour: a few hundred rows instead of thousands, and the
// edges' partial hours matter less the longer the incident.
const MINUTES_UP_TO_MS = 2 * DAY;

/**
 * The error budget each SLO of the incident's affected services spent during it: counts during
 * [startedAt, resolvedAt ?? now] against the compliance window that ends when the incident did.
 */
export async function readIncidentBudget(ctx: Ctx, incidentId: string, client: Db | Tx = db) {
  authorize(ctx, "incident:read");
  const incident = await client.incident.findUnique({
    where: { id: incidentId },
    select: {
      startedAt: true,
      resolvedAt: true,
      components: { select: { component: { select: { serviceId: true } } } },
    },
  });
  if (!incident) throw new DomainError("NOT_FOUND", "No such incident.");
  const serviceIds = [...new Set(incident.components.map((c) => c.component.serviceId))];
  const slos = await client.slo.findMany({
    where: { serviceId: { in: serviceIds } },
    orderBy: { kind: "asc" },
    select: { id: true, slug: true, name: true, kind: true, targetPercent: true, window: true, windowDays: true },
  });
  const start = incident.startedAt;
  const end = incident.resolvedAt ?? ctx.now;
  const byMinute =
    end.getTime() - start.getTime() <= MINUTES_UP_TO_MS &&
    ctx.now.getTime() - start.getTime() < ROLLUP_RETENTION_DAYS.minute * DAY;
  return Promise.all(
    slos.map(async (slo) => {
      const span = complianceWindow(slo, end, env.BRIDGE_TIME_ZONE);
      const [during, window] = await Promise.all([
        byMinute ? sumMinutes(client, slo.id, start, end) : sumHours(client, slo.id, start, end),
        sumHours(client, slo.id, span.from, end),
      ]);
      return {
        slo,
        from: start,
        to: end,
        ongoing: incident.resolvedAt === null,
        ...incidentBudget(slo.targetPercent, span.ms, during, window),
      };
    }),
  );
}

export type IncidentSloBudget = Awaited<ReturnType<typeof readIncidentBudget>>[number];

// A bucket counts when it starts before `to`: the one starting at a resolved incident's end holds
// only later events, while the current, partial one of an ongoing incident holds its last events.

/** Sums of the minutes that [from, to) touches (a started minute counts whole). */
async function sumMinutes(client: Db | Tx, sloId: string, from: Date, to: Date): Promise<Counts> {
  const { _sum } = await client.sliMinute.aggregate({
    where: { sloId, minute: { gte: truncate(from, 60_000), lt: to } },
    _sum: { good: true, total: true },
  });
  return { good: Number(_sum.good ?? 0), total: Number(_sum.total ?? 0) };
}

async function sumHours(client: Db | Tx, sloId: string, from: Date, to: Date): Promise<Counts> {
  const { _sum } = await client.sliHour.aggregate({
    where: { sloId, hour: { gte: truncate(from, HOUR), lt: to } },
    _sum: { good: true, total: true },
  });
  return { good: Number(_sum.good ?? 0), total: Number(_sum.total ?? 0) };
}

function truncate(at: Date, stepMs: number): Date {
  return new Date(Math.floor(at.getTime() / stepMs) * stepMs);
}
