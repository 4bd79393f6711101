import "server-only";
import { actionItemByIdSchema } from "@/lib/domain/action-items";
import { DomainError } from "@/lib/domain/errors";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockActionItem } from "./lock";

/**
 * Removes an item from a postmortem that is not published. A published postmortem's items are
 * part of its record: they are closed (done, or won't do with a reason), never deleted. A
 * pending reminder finds no item and does nothing.
 */
export async function deleteActionItem(ctx: Ctx, input: unknown) {
  return mutate(ctx, "postmortem:write", actionItemByIdSchema, input, async (tx, { id }) => {
    const { item, postmortem, source } = await lockActionItem(tx, id);
    if (postmortem?.status === "PUBLISHED")
      throw new DomainError(
        "CONFLICT",
        "This postmortem is published, so its action items are kept. Mark the item won't do, with the reason, instead.",
        { id: ["Action items of a published postmortem cannot be deleted"] },
      );
    await tx.actionItem.delete({ where: { id } });
    return {
      result: { id },
      audit: { action: "action-item.delete", entityType: "ActionItem", entityId: id, before: item },
      event: source.event,
    };
  });
}
