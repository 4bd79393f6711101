import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { snapshotOf, type EscalationSnapshot } from "@/lib/domain/escalation-snapshot";

/**
 * The default policy as a new incident records it. The key-share lock waits for a policy save in
 * flight (it locks every policy for update), so a declaration never copies a half-saved policy.
 */
export async function defaultPolicySnapshot(tx: Tx): Promise<EscalationSnapshot | null> {
  await tx.$queryRaw`SELECT id FROM "EscalationPolicy" WHERE "isDefault" FOR KEY SHARE`;
  const policy = await tx.escalationPolicy.findFirst({
    where: { isDefault: true },
    include: {
      levels: { include: { targets: { select: { userId: true, email: true, label: true }, orderBy: { id: "asc" } } } },
    },
  });
  return policy ? snapshotOf(policy) : null;
}
