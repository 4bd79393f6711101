import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { byIdSchema } from "@/lib/domain/matrix-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockPolicies } from "./default-flag";
import { policySnapshot } from "./policy-snapshot";

/** Deletes a policy no incident has used; the default policy must be replaced first. */
export async function deletePolicy(ctx: Ctx, input: unknown) {
  return mutate(ctx, "policy:manage", byIdSchema, input, async (tx, data) => {
    await lockPolicies(tx);
    const before = await policySnapshot(tx, data.id);
    if (!before) throw new DomainError("NOT_FOUND", "This policy no longer exists", { id: ["No such policy"] });
    if (before.isDefault) {
      const message = "This is the default policy: make another policy the default before deleting it.";
      throw new DomainError("CONFLICT", message, { id: [message] });
    }
    const incidents = await tx.incident.count({ where: { escalationPolicyId: data.id } });
    if (incidents > 0) {
      const message = `${incidents} incident(s) used this policy; it is kept for their history.`;
      throw new DomainError("CONFLICT", message, { id: [message] });
    }
    await tx.escalationPolicy.delete({ where: { id: data.id } });
    return {
      result: { id: data.id },
      audit: { action: "policy.delete", entityType: "EscalationPolicy", entityId: data.id, before },
      event: { type: "policy.changed", id: data.id },
    };
  });
}
