import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DomainError } from "@/lib/domain/errors";

/** Loads an incident under a row lock, so concurrent commands and deadlines see each other. */
export async function lockIncident(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT id FROM "Incident" WHERE id = ${id} FOR UPDATE`;
  const incident = await tx.incident.findUnique({ where: { id } });
  if (!incident) throw new DomainError("NOT_FOUND", "No such incident", { incidentId: ["No such incident"] });
  return incident;
}
