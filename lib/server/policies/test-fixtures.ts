// Helpers for the escalation policy integration tests.
import type { Ctx } from "../context";
import { getPolicy } from "./get";

export const email = (address: string) => ({ kind: "EMAIL" as const, email: address });

/** What the policy form sends back to save: the stored policy, each level with its id. */
export async function storedPolicyInput(ctx: Ctx, id: string) {
  const { policy } = await getPolicy(ctx, id);
  return {
    id,
    name: policy.name,
    description: policy.description,
    repeatCount: policy.repeatCount,
    isDefault: policy.isDefault,
    levels: policy.levels.map((l) => ({
      id: l.id,
      name: l.name,
      roleLabel: l.roleLabel,
      escalateAfterMinutes: l.escalateAfterMinutes,
      targets: l.targets.map((t) => (t.userId ? { kind: "USER" as const, userId: t.userId } : email(t.email!))),
    })),
  };
}
