import "server-only";
import type { Tx } from "@/lib/db/create-client";

export const EVENT_CHANNEL = "bridge_events";

export type BridgeEvent = { type: string; id?: string };

/** Queues a NOTIFY in the caller's transaction: listeners hear of it only if the change commits. */
export async function emit(tx: Tx, event: BridgeEvent): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${EVENT_CHANNEL}, ${JSON.stringify(event)})`;
}
