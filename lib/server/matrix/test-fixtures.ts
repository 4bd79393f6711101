// Helpers for the matrix integration tests: each test makes its own group with a unique key,
// and removes what it made so other files see the seeded matrix unchanged.
import { randomUUID } from "node:crypto";
import { escalationKeyPrefix, obligationKeyPrefix } from "@/lib/domain/jobs";
import { db } from "../db";

export function uniqueKey(label = "g"): string {
  return `t_${label}_${randomUUID().slice(0, 8).replace(/-/g, "")}`;
}

/** A group written straight to the database (not through the service under test). */
export async function createTestGroup(label = "g") {
  const key = uniqueKey(label);
  return db.stakeholderGroup.create({ data: { key, name: `Test group ${key}` } });
}

export async function templateId(key = "initial_notification"): Promise<string> {
  return (await db.communicationTemplate.findUniqueOrThrow({ where: { key } })).id;
}

export async function dropTestGroups(): Promise<void> {
  const groups = await db.stakeholderGroup.findMany({ where: { key: { startsWith: "t_" } }, select: { id: true } });
  const ids = groups.map((g) => g.id);
  const owed = await db.notificationObligation.findMany({
    where: { groupId: { in: ids } },
    select: { incidentId: true },
  });
  const incidentIds = [...new Set(owed.map((o) => o.incidentId))];
  // Their deadlines too, so no later test's worker run meets jobs of incidents that are gone.
  const obligations = await db.notificationObligation.findMany({
    where: { incidentId: { in: incidentIds } },
    select: { id: true },
  });
  const prefixes = [...incidentIds.map(escalationKeyPrefix), ...obligations.map((o) => obligationKeyPrefix(o.id))];
  if (prefixes.length) await db.job.deleteMany({ where: { OR: prefixes.map((p) => ({ key: { startsWith: p } })) } });
  await db.incident.deleteMany({ where: { id: { in: incidentIds } } });
  await db.stakeholderGroup.deleteMany({ where: { id: { in: ids } } });
}

export const auditOf = (entityId: string) => db.auditLog.findMany({ where: { entityId }, orderBy: { at: "asc" } });
