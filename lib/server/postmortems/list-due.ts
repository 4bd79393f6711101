import "server-only";
import { postmortemDueAt, POSTMORTEM_EXPECTED_FOR } from "@/lib/domain/postmortem/due";
import { isPostmortemOverdue } from "@/lib/domain/postmortem/write";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { env } from "../env";

/** At most this many on the overview; the oldest due first, so the most overdue are never cut. */
export const DUE_LIMIT = 50;

/**
 * Resolved incidents of the severities that expect a postmortem and have none published yet
 * (none started, or one in draft or review that was never published), soonest due first. The due
 * date is the postmortem's own, else the incident's resolution plus the configured working days.
 */
export async function listDuePostmortems(ctx: Ctx) {
  authorize(ctx, "incident:read");
  const incidents = await db.incident.findMany({
    where: {
      status: "RESOLVED",
      resolvedAt: { not: null },
      severity: { in: [...POSTMORTEM_EXPECTED_FOR] },
      OR: [
        { postmortem: { is: null } },
        { postmortem: { is: { status: { not: "PUBLISHED" }, publishedAt: null, publications: { none: {} } } } },
      ],
    },
    select: {
      id: true,
      number: true,
      title: true,
      severity: true,
      resolvedAt: true,
      postmortem: { select: { id: true, status: true, dueAt: true } },
    },
    orderBy: { resolvedAt: "asc" },
  });
  return incidents
    .map((incident) => {
      const dueAt =
        incident.postmortem?.dueAt ?? postmortemDueAt(incident.resolvedAt!, env.BRIDGE_POSTMORTEM_DUE_WORKING_DAYS);
      return {
        incident: { id: incident.id, number: incident.number, title: incident.title, severity: incident.severity },
        postmortem: incident.postmortem ? { id: incident.postmortem.id, status: incident.postmortem.status } : null,
        dueAt,
        overdue: isPostmortemOverdue(dueAt, incident.postmortem?.status ?? null, ctx.now),
      };
    })
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())
    .slice(0, DUE_LIMIT);
}

export type DuePostmortem = Awaited<ReturnType<typeof listDuePostmortems>>[number];
