import "server-only";
import { readSnapshot } from "@/lib/domain/escalation-snapshot";
import { planVsReality } from "@/lib/domain/postmortem/plan-vs-reality";
import type { Ctx } from "../context";
import { db } from "../db";
import { getKeyTimes } from "./get-key-times";

/**
 * Plan vs. reality for a postmortem's incident, each row with the author's comment. The rows are
 * computed on every read from the key times in force, so a corrected time changes the verdicts.
 */
export async function getPlanVsReality(ctx: Ctx, postmortemId: string) {
  const { times } = await getKeyTimes(ctx, postmortemId);
  const { incidentId } = await db.postmortem.findUniqueOrThrow({
    where: { id: postmortemId },
    select: { incidentId: true },
  });
  const incident = await db.incident.findUniqueOrThrow({
    where: { id: incidentId },
    include: {
      components: { include: { component: true } },
      obligations: { include: { group: { select: { name: true } } } },
      pages: true,
      statusUpdates: { where: { publishedAt: { not: null } } },
    },
  });
  const serviceIds = [...new Set(incident.components.map((c) => c.component.serviceId))];
  const [dataAssets, groups, notes] = await Promise.all([
    db.dataAsset.findMany({ where: { serviceId: { in: serviceIds } }, orderBy: { name: "asc" } }),
    db.stakeholderGroup.findMany({
      where: { id: { in: incident.statusUpdates.flatMap((u) => u.groupIds) } },
      select: { id: true, name: true },
    }),
    db.postmortemPlanNote.findMany({ where: { postmortemId }, include: { author: { select: { name: true } } } }),
  ]);
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const rows = planVsReality({
    keyTimes: times,
    components: incident.components
      .map((c) => ({ id: c.componentId, name: c.component.name, rtoMinutes: c.component.rtoMinutes }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    dataAssets: dataAssets.map((d) => ({ id: d.id, name: d.name, rpoMinutes: d.rpoMinutes })),
    obligations: incident.obligations.map((o) => ({
      id: o.id,
      groupName: o.group.name,
      dueAt: o.dueAt,
      status: o.status,
      sentAt: o.sentAt,
    })),
    escalation: { snapshot: readSnapshot(incident.escalationSnapshot), pages: incident.pages },
    statusUpdates: incident.statusUpdates.map((u) => ({
      id: u.id,
      status: u.status,
      publishedAt: u.publishedAt!,
      public: u.public,
      notifySubscribers: u.notifySubscribers,
      groupNames: u.groupIds.map((id) => groupName.get(id) ?? "a removed group"),
      nextUpdateAt: u.nextUpdateAt,
    })),
    now: ctx.now,
  });
  const byKey = new Map(notes.map((n) => [n.rowKey, n]));
  return rows.map((row) => {
    const note = byKey.get(row.rowKey);
    return {
      ...row,
      note: note ? { comment: note.comment, author: note.author?.name ?? null, updatedAt: note.updatedAt } : null,
    };
  });
}
