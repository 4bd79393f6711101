import "server-only";
import { updateActionItemSchema } from "@/lib/domain/action-items";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockActionItem } from "./lock";
import { checkReferences } from "./references";
import { scheduleDueReminder, tellOwner } from "./notify-owner";

/**
 * Saves an item's fields. Items stay editable after their postmortem is published: they are
 * tracked until done. A new owner is told once; a new due date gets its own reminder.
 */
export async function updateActionItem(ctx: Ctx, input: unknown) {
  return mutate(ctx, "postmortem:write", updateActionItemSchema, input, async (tx, data) => {
    const { item: before, source } = await lockActionItem(tx, data.id);
    await checkReferences(tx, data, { incidentId: source.incidentId, now: ctx.now, before });
    const item = await tx.actionItem.update({
      where: { id: before.id },
      data: {
        title: data.title,
        successCriteria: data.successCriteria,
        ownerId: data.ownerId ?? null,
        dueDate: data.dueDate ?? null,
        priority: data.priority,
        componentId: data.componentId ?? null,
      },
    });
    await tellOwner(tx, item, source, ctx.now);
    if (item.dueDate?.getTime() !== before.dueDate?.getTime()) await scheduleDueReminder(tx, item);
    return {
      result: item,
      audit: { action: "action-item.update", entityType: "ActionItem", entityId: item.id, before, after: item },
      event: source.event,
    };
  });
}
