import "server-only";
import { patchActionItemSchema, statusFields } from "@/lib/domain/action-items";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { scheduleDueReminder, tellOwner } from "./notify-owner";
import { lockActionItem } from "./lock";
import { checkReferences } from "./references";

/**
 * Changes only the fields sent, status included, in one transaction and one audit row: a field
 * left out keeps its value, so a client moving an item to done need not resend the rest.
 */
export async function patchActionItem(ctx: Ctx, input: unknown) {
  return mutate(ctx, "postmortem:write", patchActionItemSchema, input, async (tx, data) => {
    const { item: before, source } = await lockActionItem(tx, data.id);
    const chosen = { ownerId: data.ownerId ?? undefined, dueDate: data.dueDate ?? undefined };
    await checkReferences(tx, chosen, { incidentId: source.incidentId, now: ctx.now, before });
    const item = await tx.actionItem.update({
      where: { id: before.id },
      data: {
        title: data.title,
        ownerId: data.ownerId,
        dueDate: data.dueDate,
        priority: data.priority,
        ...(data.status ? statusFields(before, data.status, data.wontDoReason, ctx.now) : {}),
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
