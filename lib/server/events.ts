import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/prisma/client";

export const EVENT_CHANNEL = "bridge_events";

/**
 * A counter in the database session, bumped with every event and undone on rollback. On the
 * embedded database every connection shares one session and NOTIFY never reaches another
 * connection, so the live hub polls this instead (lib/server/live/marker.ts).
 */
export const CHANGE_SEQ_SETTING = "bridge.change_seq";

export type BridgeEvent = { type: string; id?: string };

/**
 * Queues a NOTIFY in the caller's transaction: listeners hear of it only if the change commits.
 * Outside a transaction (`db` itself) it is sent at once.
 */
export async function emit(tx: Pick<Tx, "$executeRaw">, event: BridgeEvent): Promise<void> {
  await tx.$executeRaw`SELECT ${emitColumns(event)}`;
}

/**
 * `emit` as select-list columns, for a statement that emits as part of its own work (a hot path
 * saves the round trip); select them FROM a row set to emit only if that set is not empty.
 */
export function emitColumns(event: BridgeEvent): Prisma.Sql {
  return Prisma.sql`pg_notify(${EVENT_CHANNEL}, ${JSON.stringify(event)}),
    set_config(${CHANGE_SEQ_SETTING}, (COALESCE(NULLIF(current_setting(${CHANGE_SEQ_SETTING}, true), ''), '0')::bigint + 1)::text, false)`;
}
