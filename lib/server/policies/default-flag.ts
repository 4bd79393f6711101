import "server-only";
import type { Tx } from "@/lib/db/create-client";

/**
 * Locks every policy row, so two admins making different policies the default cannot both
 * win; every change to the default flag goes through here first.
 */
export async function lockPolicies(tx: Tx): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "EscalationPolicy" ORDER BY id FOR UPDATE`;
}

/** Makes `policyId` the only default policy. Call after lockPolicies in the same transaction. */
export async function makeOnlyDefault(tx: Tx, policyId: string): Promise<void> {
  await tx.escalationPolicy.updateMany({
    where: { isDefault: true, NOT: { id: policyId } },
    data: { isDefault: false },
  });
  await tx.escalationPolicy.update({ where: { id: policyId }, data: { isDefault: true } });
}

export async function nameTaken(tx: Tx, name: string, exceptId?: string): Promise<boolean> {
  const other = await tx.escalationPolicy.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, NOT: exceptId ? { id: exceptId } : undefined },
    select: { id: true },
  });
  return other !== null;
}
