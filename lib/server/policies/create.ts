import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { createPolicySchema } from "@/lib/domain/policy-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockPolicies, makeOnlyDefault, nameTaken } from "./default-flag";
import { policySnapshot } from "./policy-snapshot";
import { writeLevels } from "./write-levels";

/** Creates a policy with its levels. The first policy ever made is the default whatever was asked. */
export async function createPolicy(ctx: Ctx, input: unknown) {
  return mutate(ctx, "policy:manage", createPolicySchema, input, async (tx, data) => {
    await lockPolicies(tx);
    if (await nameTaken(tx, data.name))
      throw new DomainError("CONFLICT", `A policy named ${data.name} exists`, {
        name: ["Another policy has this name"],
      });
    const noDefault = (await tx.escalationPolicy.count({ where: { isDefault: true } })) === 0;
    const policy = await tx.escalationPolicy.create({
      data: { name: data.name, description: data.description, repeatCount: data.repeatCount },
    });
    await writeLevels(tx, policy.id, [], data.levels);
    if (data.isDefault || noDefault) await makeOnlyDefault(tx, policy.id);
    const after = await policySnapshot(tx, policy.id);
    return {
      result: after!,
      audit: { action: "policy.create", entityType: "EscalationPolicy", entityId: policy.id, after },
      event: { type: "policy.changed", id: policy.id },
    };
  });
}
