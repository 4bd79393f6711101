import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { ItemSource } from "@/lib/domain/action-items";
import { DomainError } from "@/lib/domain/errors";
import type { BridgeEvent } from "../events";
import { lockPostmortem } from "../postmortems/editable";

/** What an item follows from, as its services need it: the incident (if any), the owner's wording, the event. */
export type LockedSource = { incidentId: string | null; message: ItemSource; event: BridgeEvent };

/**
 * An action item with its postmortem locked first (the order every postmortem change takes, so
 * a publish and an item change never cross), then the item's own row, which the overdue
 * reminder locks too. An item from a DR test run has no postmortem; its test run is its source.
 */
export async function lockActionItem(tx: Tx, id: string) {
  const found = await tx.actionItem.findUnique({ where: { id }, select: { postmortemId: true } });
  if (!found) throw new DomainError("NOT_FOUND", "No such action item", { id: ["No such action item"] });
  const postmortem = found.postmortemId ? await lockPostmortem(tx, found.postmortemId) : null;
  await tx.$queryRaw`SELECT id FROM "ActionItem" WHERE id = ${id} FOR UPDATE`;
  const item = await tx.actionItem.findUnique({
    where: { id },
    include: { drTestRun: { select: { id: true, incidentId: true, test: { select: { key: true, name: true } } } } },
  });
  if (!item) throw new DomainError("NOT_FOUND", "No such action item", { id: ["No such action item"] });
  const { drTestRun, ...row } = item;
  if (postmortem) {
    const incident = await tx.incident.findUniqueOrThrow({
      where: { id: postmortem.incidentId },
      select: { id: true, number: true, title: true },
    });
    const source: LockedSource = {
      incidentId: incident.id,
      message: { incident },
      event: { type: "postmortem.changed", id: postmortem.id },
    };
    return { item: row, postmortem, source };
  }
  const source: LockedSource = {
    incidentId: drTestRun!.incidentId,
    message: { drTest: drTestRun!.test },
    event: { type: "dr.test.changed", id: drTestRun!.test.key },
  };
  return { item: row, postmortem, source };
}
