import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { createGroupSchema } from "@/lib/domain/matrix-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { isUniqueViolation } from "./unique-violation";

export async function createGroup(ctx: Ctx, input: unknown) {
  return mutate(ctx, "matrix:manage", createGroupSchema, input, async (tx, data) => {
    const taken = () =>
      new DomainError("CONFLICT", `A group with the key ${data.key} exists`, { key: ["Already in use"] });
    if (await tx.stakeholderGroup.findUnique({ where: { key: data.key }, select: { id: true } })) throw taken();
    const group = await tx.stakeholderGroup.create({ data }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? taken() : error;
    });
    return {
      result: group,
      audit: { action: "matrix.group.create", entityType: "StakeholderGroup", entityId: group.id, after: group },
      event: { type: "matrix.changed", id: group.id },
    };
  });
}
