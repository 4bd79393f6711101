import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DomainError } from "@/lib/domain/errors";
import { lockEditablePostmortem } from "./editable";

/**
 * A timeline entry, read after its postmortem is locked (so it is what the change applies to),
 * refusing when the postmortem is published. Errors are reported on `entryId`.
 */
export async function lockEditableEntry(tx: Tx, entryId: string) {
  const owner = await tx.postmortemTimelineEntry.findUnique({ where: { id: entryId }, select: { postmortemId: true } });
  if (!owner) throw new DomainError("NOT_FOUND", "No such timeline entry", { entryId: ["No such timeline entry"] });
  await lockEditablePostmortem(tx, owner.postmortemId, "entryId");
  const entry = await tx.postmortemTimelineEntry.findUnique({ where: { id: entryId } });
  if (!entry) throw new DomainError("NOT_FOUND", "No such timeline entry", { entryId: ["No such timeline entry"] });
  return entry;
}

/** A person's time may not lie ahead: a minute's grace covers a clock a little ahead of the server's. */
export function refuseFuture(at: Date, now: Date, field: string) {
  if (at.getTime() > now.getTime() + 60_000)
    throw new DomainError("VALIDATION", "The time is in the future", { [field]: ["The time is in the future"] });
}
