import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DomainError } from "@/lib/domain/errors";

/**
 * Loads a postmortem under a row lock (so a publish and an edit never cross) and refuses any
 * change to its content once published: a published postmortem is read-only until someone opens
 * a new revision. `field` names the input the error is reported on.
 */
export async function lockEditablePostmortem(tx: Tx, postmortemId: string, field = "postmortemId") {
  const postmortem = await lockPostmortem(tx, postmortemId, field);
  if (postmortem.status === "PUBLISHED")
    throw new DomainError("CONFLICT", "This postmortem is published and read-only. Open a new revision to change it.", {
      [field]: ["Published postmortems are read-only"],
    });
  return postmortem;
}

/** Loads a postmortem under a row lock, whatever its status. */
export async function lockPostmortem(tx: Tx, postmortemId: string, field = "postmortemId") {
  await tx.$queryRaw`SELECT id FROM "Postmortem" WHERE id = ${postmortemId} FOR UPDATE`;
  const postmortem = await tx.postmortem.findUnique({ where: { id: postmortemId } });
  if (!postmortem) throw new DomainError("NOT_FOUND", "No such postmortem", { [field]: ["No such postmortem"] });
  return postmortem;
}
