import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { snapshotOf, type EscalationSnapshot } from "@/lib/domain/escalation-snapshot";

type PolicyRow = Parameters<typeof snapshotOf>[0];

/**
 * The default policy as a new incident records it, read in one statement (every declaration
 * pays for it). The key-share lock waits for a policy save in flight (it locks every policy for
 * update), so a declaration never copies a half-saved policy.
 */
export async function defaultPolicySnapshot(tx: Tx): Promise<EscalationSnapshot | null> {
  const [policy] = await tx.$queryRaw<PolicyRow[]>`
    SELECT p.id, p.name, p.version, p."repeatCount",
      COALESCE((
        SELECT json_agg(json_build_object(
          'id', l.id, 'position', l.position, 'name', l.name, 'roleLabel', l."roleLabel",
          'escalateAfterMinutes', l."escalateAfterMinutes",
          'targets', COALESCE((
            SELECT json_agg(json_build_object('userId', t."userId", 'email', t.email, 'label', t.label) ORDER BY t.id)
            FROM "EscalationTarget" t WHERE t."levelId" = l.id), '[]'::json)
        ) ORDER BY l.position)
        FROM "EscalationLevel" l WHERE l."policyId" = p.id), '[]'::json) AS levels
    FROM "EscalationPolicy" p WHERE p."isDefault"
    LIMIT 1
    FOR KEY SHARE OF p`;
  return policy ? snapshotOf(policy) : null;
}
