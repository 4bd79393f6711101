import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { assignedMessage } from "@/lib/domain/action-items";
import { jobOf } from "@/lib/domain/jobs";
import type { ActionItemPriority } from "@/lib/domain/postmortem-status";
import { appUrl } from "../app-url";
import { enqueue } from "../jobs/enqueue";
import { createDeliveries } from "../notify/create-deliveries";
import { recipientsOfUser } from "../notify/recipients";
import type { LockedSource } from "./lock";

type Item = {
  id: string;
  title: string;
  successCriteria: string;
  ownerId: string | null;
  dueDate: Date | null;
  priority: ActionItemPriority;
};

/** Where an owner sees their items: the list, narrowed to them. */
export function ownerLink(ownerId: string): string {
  return appUrl(`/action-items?ownerId=${encodeURIComponent(ownerId)}`);
}

/**
 * Tells the owner, in the app and by e-mail, that the item is theirs. Keyed by item and owner:
 * saving the item again with the same owner sends nothing, a new owner is told once.
 */
export async function tellOwner(tx: Tx, item: Item, source: Pick<LockedSource, "incidentId" | "message">, now: Date) {
  if (!item.ownerId) return;
  const owner = await tx.user.findUnique({ where: { id: item.ownerId } });
  if (!owner?.active) return;
  await createDeliveries(
    tx,
    { incidentId: source.incidentId, keyPrefix: `action-item:${item.id}:assigned:${owner.id}` },
    recipientsOfUser(owner),
    assignedMessage({ ...item, ...source.message, link: ownerLink(owner.id) }),
    now,
  );
}

/**
 * The reminder for the item's due date, due as that day ends. Keyed by the due date: moving it
 * schedules a new one, and the old one finds a different date and does nothing.
 */
export async function scheduleDueReminder(tx: Tx, item: { id: string; dueDate: Date | null }) {
  if (!item.dueDate) return;
  await enqueue(tx, [
    jobOf("action-item-due", { actionItemId: item.id, due: item.dueDate.toISOString() }, item.dueDate),
  ]);
}
