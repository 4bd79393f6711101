import "server-only";
import { readSnapshot } from "@/lib/domain/escalation-snapshot";
import { db } from "../db";

const userName = { select: { id: true, name: true, email: true } } as const;

/**
 * The incident's escalation as it was declared (its own copy of the policy), with this
 * incident's pages under each level and targets by person named as they are now.
 */
export async function escalationView(incident: { id: string; escalationSnapshot: unknown }) {
  const snapshot = readSnapshot(incident.escalationSnapshot);
  if (!snapshot) return null;
  const userIds = snapshot.levels.flatMap((l) => l.targets.flatMap((t) => (t.userId ? [t.userId] : [])));
  const [pages, users] = await Promise.all([
    db.page.findMany({
      where: { incidentId: incident.id },
      orderBy: [{ round: "asc" }, { pagedAt: "asc" }],
      select: {
        id: true,
        levelId: true,
        round: true,
        plannedAt: true,
        pagedAt: true,
        acknowledgedAt: true,
        acknowledgedBy: userName,
        idempotencyKey: true,
      },
    }),
    db.user.findMany({ where: { id: { in: userIds } }, ...userName }),
  ]);
  const byId = new Map(users.map((u) => [u.id, u]));
  return {
    id: snapshot.policyId,
    name: snapshot.name,
    version: snapshot.version,
    repeatCount: snapshot.repeatCount,
    levels: snapshot.levels.map((level) => ({
      id: level.id,
      position: level.position,
      name: level.name,
      roleLabel: level.roleLabel,
      escalateAfterMinutes: level.escalateAfterMinutes,
      targets: level.targets.map((t, i) => ({
        id: `${level.id}:${i}`,
        label: t.label,
        email: t.email,
        user: (t.userId && byId.get(t.userId)) || null,
      })),
      pages: pages.filter((p) => p.levelId === level.id),
    })),
  };
}
