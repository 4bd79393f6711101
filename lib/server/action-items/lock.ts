import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DomainError } from "@/lib/domain/errors";
import { lockPostmortem } from "../postmortems/editable";

/**
 * An action item with its postmortem locked first (the order every postmortem change takes, so
 * a publish and an item change never cross), then the item's own row, which the overdue
 * reminder locks too.
 */
export async function lockActionItem(tx: Tx, id: string) {
  const found = await tx.actionItem.findUnique({ where: { id }, select: { postmortemId: true } });
  if (!found) throw new DomainError("NOT_FOUND", "No such action item", { id: ["No such action item"] });
  const postmortem = await lockPostmortem(tx, found.postmortemId);
  await tx.$queryRaw`SELECT id FROM "ActionItem" WHERE id = ${id} FOR UPDATE`;
  const item = await tx.actionItem.findUnique({ where: { id } });
  if (!item) throw new DomainError("NOT_FOUND", "No such action item", { id: ["No such action item"] });
  const incident = await tx.incident.findUniqueOrThrow({
    where: { id: postmortem.incidentId },
    select: { id: true, number: true, title: true },
  });
  return { item, postmortem, incident };
}
