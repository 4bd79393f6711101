import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { jobOf } from "@/lib/domain/jobs";
import { enqueue } from "../jobs/enqueue";

/** Asks for a published update to be mailed to its subscribers; keyed by the update, so once. */
export async function scheduleSubscriberNotice(
  tx: Tx,
  ref: { statusUpdateId: string } | { maintenanceUpdateId: string },
  now: Date,
): Promise<void> {
  await enqueue(tx, [jobOf("notify-subscribers", ref, now)]);
}
