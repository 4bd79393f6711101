import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { updateGroupSchema } from "@/lib/domain/matrix-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";

/** Renames a group or changes its description. The key stays: templates and links use it. */
export async function updateGroup(ctx: Ctx, input: unknown) {
  return mutate(ctx, "matrix:manage", updateGroupSchema, input, async (tx, data) => {
    const before = await tx.stakeholderGroup.findUnique({ where: { id: data.id } });
    if (!before) throw new DomainError("NOT_FOUND", "This group no longer exists", { id: ["No such group"] });
    const group = await tx.stakeholderGroup.update({
      where: { id: data.id },
      data: { name: data.name, description: data.description },
    });
    return {
      result: group,
      audit: {
        action: "matrix.group.update",
        entityType: "StakeholderGroup",
        entityId: group.id,
        before,
        after: group,
      },
      event: { type: "matrix.changed", id: group.id },
    };
  });
}
