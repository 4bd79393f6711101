import "server-only";
import { z } from "zod";
import { JOB_KINDS } from "@/lib/domain/jobs";
import { readSnapshot } from "@/lib/domain/escalation-snapshot";
import { authorize, isAllowed } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { parseInput } from "../validate";

export type ActiveIncident = {
  id: string;
  number: number;
  title: string;
  drill: boolean;
  severity: string;
  status: string;
  startedAt: Date;
};
export type DueItem = {
  kind: "obligation" | "escalation";
  id: string;
  at: Date;
  what: string;
  incident: { number: number; title: string };
};
export type DueNext = {
  active: ActiveIncident[];
  /** Open incidents in all, when there are more than `active` shows. */
  activeTotal: number;
  /** The next deadlines, soonest (or most overdue) first; null for roles that may not see internals. */
  due: DueItem[] | null;
};

const ACTIVE_SHOWN = 50;
const inputSchema = z.object({
  take: z.number({ error: "take must be a number" }).int().min(1, "At least 1").max(50, "At most 50").default(8),
});

/**
 * The overview's first glance: open incidents, most severe and newest first, and what is due next
 * across them: pending matrix obligations and the next escalation of each unacknowledged one.
 * Stakeholders get the incidents but not the deadlines (internal plumbing).
 */
export async function getDueNext(ctx: Ctx, input: unknown = {}): Promise<DueNext> {
  authorize(ctx, "incident:read");
  const { take } = parseInput(inputSchema, input);
  const open = { status: { not: "RESOLVED" as const } };
  const active = await db.incident.findMany({
    where: open,
    orderBy: [{ severity: "asc" }, { startedAt: "desc" }],
    take: ACTIVE_SHOWN,
    select: { id: true, number: true, title: true, drill: true, severity: true, status: true, startedAt: true },
  });
  const activeTotal = active.length < ACTIVE_SHOWN ? active.length : await db.incident.count({ where: open });
  if (!isAllowed(ctx, "internal:read")) return { active, activeTotal, due: null };
  const [obligations, escalations] = await Promise.all([nextObligations(take), nextEscalations(take)]);
  const due = [...obligations, ...escalations].sort((a, b) => a.at.getTime() - b.at.getTime()).slice(0, take);
  return { active, activeTotal, due };
}

async function nextObligations(take: number): Promise<DueItem[]> {
  const rows = await db.notificationObligation.findMany({
    where: { status: "PENDING", incident: { status: { not: "RESOLVED" } } },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      dueAt: true,
      group: { select: { name: true } },
      incident: { select: { number: true, title: true } },
    },
  });
  return rows.map((o) => ({
    kind: "obligation",
    id: o.id,
    at: o.dueAt,
    what: `Notify ${o.group.name}`,
    incident: o.incident,
  }));
}

type EscalationRow = { id: string; runAt: Date; payload: unknown; number: number; title: string; snapshot: unknown };

/**
 * Escalation deadlines are pending "escalate" jobs (payload per the job contract) of
 * open incidents nobody has acknowledged; others stay pending until they fire as no-ops.
 */
async function nextEscalations(take: number): Promise<DueItem[]> {
  const rows = await db.$queryRaw<EscalationRow[]>`
    SELECT j.id, j."runAt", j.payload, i.number, i.title, i."escalationSnapshot" AS snapshot
    FROM "Job" j JOIN "Incident" i ON i.id = j.payload->>'incidentId'
    WHERE j.kind = 'escalate' AND j.status = 'PENDING' AND i.status <> 'RESOLVED' AND i."acknowledgedAt" IS NULL
    ORDER BY j."runAt", j.id
    LIMIT ${take}`;
  return rows.flatMap((row) => {
    const step = JOB_KINDS.escalate.payload.safeParse(row.payload);
    if (!step.success) return [];
    // Named as the incident's own copy of its policy names it: the level that will be paged.
    const level = readSnapshot(row.snapshot)?.levels.find((l) => l.position === step.data.position);
    const round = step.data.round > 0 ? ` (round ${step.data.round + 1})` : "";
    const what = `Page ${level?.name ?? `level ${step.data.position}`}${round}`;
    return [
      {
        kind: "escalation" as const,
        id: row.id,
        at: row.runAt,
        what,
        incident: { number: row.number, title: row.title },
      },
    ];
  });
}
