import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { maintenanceMoveError } from "@/lib/domain/maintenance-status";
import { advanceMaintenanceSchema } from "@/lib/domain/status-page-input";
import { actingUserId, type Ctx } from "../context";
import { mutate } from "../mutate";
import { scheduleSubscriberNotice } from "../subscriptions/schedule-notice";
import { publicPageChanged, STATUS_PAGE_CHANGED } from "./changed";

/**
 * Moves maintenance on (scheduled → in progress → verifying → completed) with a public message.
 * The move is conditional on the status read, so two people advancing at once cannot both win.
 */
export async function advanceMaintenance(ctx: Ctx, input: unknown) {
  return mutate(ctx, "statuspage:manage", advanceMaintenanceSchema, input, async (tx, data) => {
    const before = await tx.maintenance.findUnique({ where: { id: data.maintenanceId } });
    if (!before) throw new DomainError("NOT_FOUND", "No such maintenance.");
    const refused = maintenanceMoveError(before.status, data.status);
    if (refused) throw new DomainError("CONFLICT", refused, { status: [refused] });
    const moved = await tx.maintenance.updateMany({
      where: { id: before.id, status: before.status },
      data: {
        status: data.status,
        ...(data.status === "IN_PROGRESS" && !before.startedAt ? { startedAt: ctx.now } : {}),
        ...(data.status === "COMPLETED" ? { completedAt: ctx.now } : {}),
      },
    });
    if (moved.count === 0) throw new DomainError("CONFLICT", "Someone else moved this maintenance; reload.");
    const update = await tx.maintenanceUpdate.create({
      data: {
        maintenanceId: before.id,
        status: data.status,
        message: data.message,
        authorId: actingUserId(ctx),
        publishedAt: ctx.now,
      },
    });
    if (before.notifySubscribers) await scheduleSubscriberNotice(tx, { maintenanceUpdateId: update.id }, ctx.now);
    await publicPageChanged(tx, ctx);
    return {
      result: update,
      audit: {
        action: "statuspage.maintenance.advance",
        entityType: "Maintenance",
        entityId: before.id,
        before: { status: before.status },
        after: { status: data.status, message: data.message },
      },
      event: STATUS_PAGE_CHANGED,
    };
  });
}
