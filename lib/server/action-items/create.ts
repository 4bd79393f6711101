import "server-only";
import { createActionItemSchema } from "@/lib/domain/action-items";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockEditablePostmortem } from "../postmortems/editable";
import { checkReferences } from "./references";
import { scheduleDueReminder, tellOwner } from "./notify-owner";

/**
 * Adds an action item to a postmortem that is not published yet (a published one gets new items
 * through a new revision). The owner is told, and the due date gets its overdue reminder.
 */
export async function createActionItem(ctx: Ctx, input: unknown) {
  return mutate(ctx, "postmortem:write", createActionItemSchema, input, async (tx, data) => {
    const postmortem = await lockEditablePostmortem(tx, data.postmortemId);
    const incident = await tx.incident.findUniqueOrThrow({
      where: { id: postmortem.incidentId },
      select: { id: true, number: true, title: true },
    });
    await checkReferences(tx, data, { incidentId: incident.id, now: ctx.now });
    const item = await tx.actionItem.create({
      data: {
        postmortemId: postmortem.id,
        title: data.title,
        successCriteria: data.successCriteria,
        ownerId: data.ownerId ?? null,
        dueDate: data.dueDate ?? null,
        priority: data.priority,
        componentId: data.componentId ?? null,
      },
    });
    await tellOwner(tx, item, { incidentId: incident.id, message: { incident } }, ctx.now);
    await scheduleDueReminder(tx, item);
    return {
      result: item,
      audit: { action: "action-item.create", entityType: "ActionItem", entityId: item.id, after: item },
      event: { type: "postmortem.changed", id: postmortem.id },
    };
  });
}
