import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { maintenanceSchema } from "@/lib/domain/status-page-input";
import { actingUserId, type Ctx } from "../context";
import { mutate } from "../mutate";
import { publicPageChanged, STATUS_PAGE_CHANGED } from "./changed";

/** Announces planned work ahead of time: its window and the components it touches. */
export async function scheduleMaintenance(ctx: Ctx, input: unknown) {
  return mutate(ctx, "statuspage:manage", maintenanceSchema, input, async (tx, data) => {
    const ids = [...new Set(data.componentIds)];
    const found = await tx.component.count({ where: { id: { in: ids } } });
    if (found !== ids.length)
      throw new DomainError("VALIDATION", "Unknown component.", { componentIds: ["Choose from the list"] });
    const maintenance = await tx.maintenance.create({
      data: {
        title: data.title,
        description: data.description,
        scheduledStart: data.scheduledStart,
        scheduledEnd: data.scheduledEnd,
        notifySubscribers: data.notifySubscribers,
        createdById: actingUserId(ctx),
        components: { create: ids.map((componentId) => ({ componentId })) },
      },
    });
    await publicPageChanged(tx, ctx);
    return {
      result: maintenance,
      audit: {
        action: "statuspage.maintenance.schedule",
        entityType: "Maintenance",
        entityId: maintenance.id,
        after: { ...maintenance, componentIds: ids },
      },
      event: STATUS_PAGE_CHANGED,
    };
  });
}
