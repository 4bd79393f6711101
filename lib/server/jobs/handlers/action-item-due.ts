import "server-only";
import { isClosed, overdueMessage } from "@/lib/domain/action-items";
import type { JobPayload } from "@/lib/domain/jobs";
import { ownerLink } from "../../action-items/notify-owner";
import type { Ctx } from "../../context";
import { db as defaultDb } from "../../db";
import { createDeliveries } from "../../notify/create-deliveries";
import { recipientsOfUser } from "../../notify/recipients";
import type { HandlerOptions } from "./index";
import { HANDLER_TX } from "./tx-options";

/**
 * An action item's due day has ended: its owner is told it is overdue, in the app and by e-mail.
 * A closed item, one re-dated since (its new date has its own reminder), a deleted one or one
 * without an active owner gets nothing. The delivery key names the due date, so a run taken over
 * from a worker that died after committing sends nothing twice.
 */
export async function handleActionItemDue(
  ctx: Ctx,
  { actionItemId, due }: JobPayload<"action-item-due">,
  options?: HandlerOptions,
): Promise<void> {
  const db = options?.db ?? defaultDb;
  await db.$transaction(async (tx) => {
    // Changing the item locks this row too, so a re-dating or a "done" and this reminder never cross.
    await tx.$queryRaw`SELECT id FROM "ActionItem" WHERE id = ${actionItemId} FOR UPDATE`;
    const item = await tx.actionItem.findUnique({
      where: { id: actionItemId },
      include: {
        owner: true,
        postmortem: { select: { incident: { select: { id: true, number: true } } } },
        drTestRun: { select: { incidentId: true, test: { select: { name: true } } } },
      },
    });
    if (!item || isClosed(item.status) || item.dueDate?.getTime() !== due.getTime()) return;
    if (!item.owner?.active || !item.dueDate) return;
    const incident = item.postmortem?.incident;
    const source = incident ? { incident } : { drTest: item.drTestRun!.test };
    await createDeliveries(
      tx,
      {
        incidentId: incident?.id ?? item.drTestRun!.incidentId,
        keyPrefix: `action-item:${item.id}:overdue:${due.toISOString()}`,
      },
      recipientsOfUser(item.owner),
      overdueMessage({ title: item.title, dueDate: item.dueDate, ...source, link: ownerLink(item.owner.id) }),
      ctx.now,
    );
  }, HANDLER_TX);
}
