import "server-only";
import { audienceCounts, type AudienceCounts } from "@/lib/domain/status-update";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

export type AudienceLine = { label: string; counts: AudienceCounts | null };

/**
 * An incident's updates, newest first, each with where it went and how its deliveries fared per
 * audience; and the incident's public face and its promise of the next update.
 */
export async function listIncidentUpdates(ctx: Ctx, incidentId: string) {
  authorize(ctx, "internal:read");
  const [incident, updates] = await Promise.all([
    db.incident.findUniqueOrThrow({
      where: { id: incidentId },
      select: {
        id: true,
        status: true,
        title: true,
        publicTitle: true,
        publishedAt: true,
        nextUpdateAt: true,
        components: { select: { publicState: true, component: { select: { id: true, name: true } } } },
      },
    }),
    db.statusUpdate.findMany({
      where: { incidentId },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      include: {
        author: { select: { name: true } },
        deliveries: { select: { idempotencyKey: true, status: true, subscriberId: true } },
      },
    }),
  ]);
  const groupIds = [...new Set(updates.flatMap((u) => u.groupIds))];
  const groups = new Map(
    (await db.stakeholderGroup.findMany({ where: { id: { in: groupIds } }, select: { id: true, name: true } })).map(
      (g) => [g.id, g.name],
    ),
  );
  return {
    incident: {
      ...incident,
      components: incident.components.map((c) => ({ ...c.component, publicState: c.publicState })),
    },
    updates: updates.map((u) => {
      const counts = audienceCounts(u.id, u.deliveries);
      const audiences: AudienceLine[] = [
        ...(u.public ? [{ label: "Status page", counts: null }] : []),
        ...(u.notifySubscribers
          ? [{ label: "Subscribers", counts: counts.get("subscribers") ?? { sent: 0, failed: 0, pending: 0 } }]
          : []),
        ...u.groupIds.map((id) => ({
          label: groups.get(id) ?? "A removed group",
          counts: counts.get(id) ?? { sent: 0, failed: 0, pending: 0 },
        })),
      ];
      return {
        id: u.id,
        status: u.status,
        message: u.message,
        author: u.author?.name ?? null,
        createdAt: u.createdAt,
        publishedAt: u.publishedAt,
        nextUpdateAt: u.nextUpdateAt,
        audiences,
      };
    }),
  };
}
export type IncidentUpdates = Awaited<ReturnType<typeof listIncidentUpdates>>;
