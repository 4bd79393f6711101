import type { Db } from "../../lib/db/create-client";

/**
 * Of the message keys a receiver took in that are not the scenario's, those no delivery row
 * explains at all. Mail about something else (an RPO breach notice the watch sends while the
 * scenario runs) has its own delivery row and is not the scenario's business; a message without
 * any row is a send the records do not know of.
 */
export async function unexplainedKeys(db: Db, keys: string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const rows = await db.delivery.findMany({
    where: { idempotencyKey: { in: keys } },
    select: { idempotencyKey: true },
  });
  const explained = new Set(rows.map((r) => r.idempotencyKey));
  return keys.filter((k) => !explained.has(k));
}
