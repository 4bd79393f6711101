import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DomainError } from "@/lib/domain/errors";

/** The source under a row lock, so two admins changing it at once see each other; 404 naming `id`. */
export async function lockSource(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT id FROM "IntegrationSource" WHERE id = ${id} FOR UPDATE`;
  const source = await tx.integrationSource.findUnique({ where: { id } });
  if (!source) throw new DomainError("NOT_FOUND", "No such integration source.", { id: ["No such source"] });
  return source;
}
