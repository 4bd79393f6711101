import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { windowLabel } from "@/lib/domain/matrix";
import { byIdSchema } from "@/lib/domain/matrix-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";

/**
 * Deletes a group and its members. Refused while a rule still names it, and once an incident
 * has owed it a notification (that history must keep pointing at the group).
 */
export async function deleteGroup(ctx: Ctx, input: unknown) {
  return mutate(ctx, "matrix:manage", byIdSchema, input, async (tx, data) => {
    // Locked first, so a rule added concurrently either is seen below or waits for us and fails.
    await tx.$queryRaw`SELECT id FROM "StakeholderGroup" WHERE id = ${data.id} FOR UPDATE`;
    const before = await tx.stakeholderGroup.findUnique({
      where: { id: data.id },
      include: {
        members: true,
        rules: { orderBy: [{ severity: "asc" }, { withinMinutes: "asc" }] },
        _count: { select: { obligations: true } },
      },
    });
    if (!before) throw new DomainError("NOT_FOUND", "This group no longer exists", { id: ["No such group"] });
    if (before.rules.length) {
      const uses = before.rules.map((r) => `${r.severity} ${windowLabel(r.withinMinutes).toLowerCase()}`).join(", ");
      const message = `${before.name} is used by ${before.rules.length} matrix rule(s) (${uses}). Remove those rules first.`;
      throw new DomainError("CONFLICT", message, { id: [message] });
    }
    if (before._count.obligations) {
      const message = `${before.name} was owed notifications by ${before._count.obligations} incident obligation(s); it is kept for their history.`;
      throw new DomainError("CONFLICT", message, { id: [message] });
    }
    await tx.stakeholderGroup.delete({ where: { id: data.id } });
    const { _count: _ignored, rules: _rules, ...snapshot } = before;
    return {
      result: { id: data.id },
      audit: { action: "matrix.group.delete", entityType: "StakeholderGroup", entityId: data.id, before: snapshot },
      event: { type: "matrix.changed", id: data.id },
    };
  });
}
