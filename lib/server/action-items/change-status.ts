import "server-only";
import { changeActionItemStatusSchema, statusFields } from "@/lib/domain/action-items";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockActionItem } from "./lock";

/** Open, in progress, done (records when) or won't do (with the reason why); reopening clears the completion. */
export async function changeActionItemStatus(ctx: Ctx, input: unknown) {
  return mutate(ctx, "postmortem:write", changeActionItemStatusSchema, input, async (tx, data) => {
    const { item: before, source } = await lockActionItem(tx, data.id);
    const item = await tx.actionItem.update({
      where: { id: before.id },
      data: statusFields(before, data.status, data.wontDoReason, ctx.now),
    });
    return {
      result: item,
      audit: { action: "action-item.status", entityType: "ActionItem", entityId: item.id, before, after: item },
      event: source.event,
    };
  });
}
