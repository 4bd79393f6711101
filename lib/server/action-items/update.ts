import "server-only";
import { updateActionItemSchema } from "@/lib/domain/action-items";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { saveActionItemFields } from "./save-fields";

/**
 * Saves an item's fields. Items stay editable after their postmortem is published: they are
 * tracked until done. A new owner is told once; a new due date gets its own reminder.
 */
export async function updateActionItem(ctx: Ctx, input: unknown) {
  return mutate(ctx, "postmortem:write", updateActionItemSchema, input, (tx, data) =>
    saveActionItemFields(tx, ctx, data.id, data, () => ({
      title: data.title,
      successCriteria: data.successCriteria,
      ownerId: data.ownerId ?? null,
      dueDate: data.dueDate ?? null,
      priority: data.priority,
      componentId: data.componentId ?? null,
    })),
  );
}
