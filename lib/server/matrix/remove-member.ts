import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { byIdSchema, SECRET_MASK } from "@/lib/domain/matrix-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";

export async function removeMember(ctx: Ctx, input: unknown) {
  return mutate(ctx, "matrix:manage", byIdSchema, input, async (tx, data) => {
    const before = await tx.stakeholderMember.findUnique({
      where: { id: data.id },
      include: { group: { select: { key: true } } },
    });
    if (!before) throw new DomainError("NOT_FOUND", "This member no longer exists", { id: ["No such member"] });
    const { count } = await tx.stakeholderMember.deleteMany({ where: { id: data.id } });
    if (count === 0) throw new DomainError("NOT_FOUND", "This member no longer exists", { id: ["No such member"] });
    const { group, ...fields } = before;
    return {
      result: { id: data.id, groupId: before.groupId },
      audit: {
        action: "matrix.member.remove",
        entityType: "StakeholderMember",
        entityId: data.id,
        before: { ...fields, groupKey: group.key, webhookSecret: fields.kind === "WEBHOOK" ? SECRET_MASK : null },
      },
      event: { type: "matrix.changed", id: before.groupId },
    };
  });
}
