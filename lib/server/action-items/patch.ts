import "server-only";
import { patchActionItemSchema, statusFields } from "@/lib/domain/action-items";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { saveActionItemFields } from "./save-fields";

/**
 * Changes only the fields sent, status included, in one transaction and one audit row: a field
 * left out keeps its value, so a client moving an item to done need not resend the rest.
 */
export async function patchActionItem(ctx: Ctx, input: unknown) {
  return mutate(ctx, "postmortem:write", patchActionItemSchema, input, (tx, data) =>
    saveActionItemFields(
      tx,
      ctx,
      data.id,
      { ownerId: data.ownerId ?? undefined, dueDate: data.dueDate ?? undefined },
      (before) => ({
        title: data.title,
        ownerId: data.ownerId,
        dueDate: data.dueDate,
        priority: data.priority,
        ...(data.status ? statusFields(before, data.status, data.wontDoReason, ctx.now) : {}),
      }),
    ),
  );
}
