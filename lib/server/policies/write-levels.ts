import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DomainError, type FieldErrors } from "@/lib/domain/errors";
import { planLevels, type LevelInput, type StoredLevel } from "@/lib/domain/policy-input";

// Targets as rows, each labelled with the person's name or the address, after checking users.
async function targetRows(tx: Tx, levels: LevelInput[]) {
  const ids = levels.flatMap((l) => l.targets.flatMap((t) => (t.kind === "USER" ? [t.userId] : [])));
  const users = new Map((await tx.user.findMany({ where: { id: { in: ids }, active: true } })).map((u) => [u.id, u]));
  const errors: FieldErrors = {};
  const rows = levels.map((level, i) =>
    level.targets.map((t, j) => {
      if (t.kind === "EMAIL") return { email: t.email, label: t.email };
      const user = users.get(t.userId);
      if (!user) errors[`levels.${i}.targets.${j}.userId`] = ["Choose an active user"];
      return { userId: t.userId, label: user?.name ?? "" };
    }),
  );
  if (Object.keys(errors).length) throw new DomainError("VALIDATION", "A target is not an active user", errors);
  return rows;
}

// A running incident pages the levels it was declared with (their rows, for Page.levelId): a
// level still ahead of an unacknowledged, unresolved incident stays until that incident is.
async function refuseRemovingPending(tx: Tx, ids: string[]) {
  if (!ids.length) return;
  const rows = await tx.$queryRaw<{ number: number; name: string }[]>`
    SELECT i.number, l->>'name' AS name FROM "Incident" i, jsonb_array_elements(i."escalationSnapshot"->'levels') l
    WHERE i."acknowledgedAt" IS NULL AND i.status <> 'RESOLVED' AND l->>'id' = ANY(${ids}::text[]) ORDER BY i.number`;
  if (!rows.length) return;
  const names = [...new Set(rows.map((r) => `“${r.name}”`))].join(", ");
  const numbers = [...new Set(rows.map((r) => `#${r.number}`))].join(", ");
  const message = `${names} may still page for running incident ${numbers}, so it cannot be removed until that incident is acknowledged or resolved.`;
  throw new DomainError("CONFLICT", message, { levels: [message] });
}

/**
 * Makes the policy's levels match the edited list, in its order. Levels are updated in place by
 * id (pages of past incidents point at them); a level that has paged someone is never deleted.
 */
export async function writeLevels(
  tx: Tx,
  policyId: string,
  stored: StoredLevel[],
  levels: LevelInput[],
): Promise<void> {
  const plan = planLevels(stored, levels);
  if (plan.unknown.length) {
    const errors = Object.fromEntries(
      plan.unknown.map((u) => [`levels.${u.index}.id`, ["This level is not part of this policy"]]),
    );
    throw new DomainError("VALIDATION", "Unknown level", errors);
  }
  if (plan.blocked.length) {
    const names = plan.blocked.map((l) => `“${l.name}”`).join(", ");
    const message = `${names} already paged people during incidents, so it cannot be removed. Keep it; you may rename it or change its delay and targets.`;
    throw new DomainError("CONFLICT", message, { levels: [message] });
  }
  await refuseRemovingPending(tx, plan.remove);
  const targets = await targetRows(tx, levels);
  await tx.escalationLevel.deleteMany({ where: { id: { in: plan.remove } } });
  // Out of the way first: (policyId, position) is unique and kept levels may swap places.
  for (const { id, position } of plan.update)
    await tx.escalationLevel.update({ where: { id }, data: { position: -position } });
  for (const { id, index, position } of plan.update) {
    const { name, roleLabel, escalateAfterMinutes } = levels[index];
    await tx.escalationLevel.update({ where: { id }, data: { position, name, roleLabel, escalateAfterMinutes } });
    await tx.escalationTarget.deleteMany({ where: { levelId: id } });
    await tx.escalationTarget.createMany({ data: targets[index].map((t) => ({ ...t, levelId: id })) });
  }
  for (const { index, position } of plan.create) {
    const { name, roleLabel, escalateAfterMinutes } = levels[index];
    await tx.escalationLevel.create({
      data: { policyId, position, name, roleLabel, escalateAfterMinutes, targets: { create: targets[index] } },
    });
  }
}
