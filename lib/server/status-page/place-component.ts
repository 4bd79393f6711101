import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { placementSchema } from "@/lib/domain/status-page-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { publicPageChanged, STATUS_PAGE_CHANGED } from "./changed";

/** Where a component is listed on the status page (group, order) and whether it is listed at all. */
export async function placeComponent(ctx: Ctx, input: unknown) {
  return mutate(ctx, "statuspage:manage", placementSchema, input, async (tx, data) => {
    const before = await tx.component.findUnique({
      where: { id: data.componentId },
      select: { id: true, name: true, groupId: true, position: true, public: true },
    });
    if (!before) throw new DomainError("NOT_FOUND", "No such component.");
    const groupId = data.groupId ?? null;
    if (groupId && !(await tx.componentGroup.findUnique({ where: { id: groupId } })))
      throw new DomainError("VALIDATION", "No such group.", { groupId: ["Choose one of the groups"] });
    const after = await tx.component.update({
      where: { id: before.id },
      data: { groupId, position: data.position, public: data.public },
      select: { id: true, name: true, groupId: true, position: true, public: true },
    });
    await publicPageChanged(tx, ctx);
    return {
      result: after,
      audit: { action: "statuspage.component.place", entityType: "Component", entityId: before.id, before, after },
      event: STATUS_PAGE_CHANGED,
    };
  });
}
