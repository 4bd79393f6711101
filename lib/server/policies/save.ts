import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { savePolicySchema } from "@/lib/domain/policy-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockPolicies, makeOnlyDefault, nameTaken } from "./default-flag";
import { policySnapshot } from "./policy-snapshot";
import { writeLevels } from "./write-levels";

const ONE_DEFAULT = "Exactly one policy is the default: make another policy the default instead.";

/**
 * Saves a whole policy (fields, levels in order, targets) in one transaction as its next
 * version. New incidents use it; running incidents keep the version they were declared under.
 */
export async function savePolicy(ctx: Ctx, input: unknown) {
  return mutate(ctx, "policy:manage", savePolicySchema, input, async (tx, data) => {
    await lockPolicies(tx);
    // Pages take a key-share lock on their level: with these locked, the page counts below hold.
    await tx.$queryRaw`SELECT id FROM "EscalationLevel" WHERE "policyId" = ${data.id} FOR UPDATE`;
    const before = await policySnapshot(tx, data.id);
    if (!before) throw new DomainError("NOT_FOUND", "This policy no longer exists", { id: ["No such policy"] });
    if (await nameTaken(tx, data.name, data.id))
      throw new DomainError("CONFLICT", `A policy named ${data.name} exists`, {
        name: ["Another policy has this name"],
      });
    if (before.isDefault && !data.isDefault)
      throw new DomainError("CONFLICT", ONE_DEFAULT, { isDefault: [ONE_DEFAULT] });
    const stored = before.levels.map((l) => ({ id: l.id, name: l.name, pageCount: l._count.pages }));
    await writeLevels(tx, data.id, stored, data.levels);
    await tx.escalationPolicy.update({
      where: { id: data.id },
      data: {
        name: data.name,
        description: data.description,
        repeatCount: data.repeatCount,
        version: { increment: 1 },
      },
    });
    if (data.isDefault && !before.isDefault) await makeOnlyDefault(tx, data.id);
    const after = await policySnapshot(tx, data.id);
    return {
      result: after!,
      audit: { action: "policy.save", entityType: "EscalationPolicy", entityId: data.id, before, after },
      event: { type: "policy.changed", id: data.id },
    };
  });
}
