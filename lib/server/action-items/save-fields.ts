import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Ctx } from "../context";
import { lockActionItem } from "./lock";
import { scheduleDueReminder, tellOwner } from "./notify-owner";
import { checkReferences, type Chosen } from "./references";

type Before = Awaited<ReturnType<typeof lockActionItem>>["item"];

/**
 * The one way an item's fields change (the console's edit form, the API's partial update): lock
 * it, check the owner, due date and component chosen, write, tell a new owner once and give a new
 * due date its own reminder. Returns the mutate() outcome, audited as `action-item.update`.
 */
export async function saveActionItemFields(
  tx: Tx,
  ctx: Ctx,
  id: string,
  chosen: Chosen,
  fields: (before: Before) => Prisma.ActionItemUncheckedUpdateInput,
) {
  const { item: before, source } = await lockActionItem(tx, id);
  await checkReferences(tx, chosen, { incidentId: source.incidentId, now: ctx.now, before });
  const item = await tx.actionItem.update({ where: { id: before.id }, data: fields(before) });
  await tellOwner(tx, item, source, ctx.now);
  if (item.dueDate?.getTime() !== before.dueDate?.getTime()) await scheduleDueReminder(tx, item);
  return {
    result: item,
    audit: { action: "action-item.update", entityType: "ActionItem", entityId: item.id, before, after: item },
    event: source.event,
  };
}
