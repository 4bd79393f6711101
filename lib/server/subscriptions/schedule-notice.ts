import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { jobOf, type JobPayloadInput } from "@/lib/domain/jobs";
import { enqueue } from "../jobs/enqueue";

/**
 * Queues the mail-out of a published update to its subscribers, in the publisher's transaction,
 * so it happens if and only if the publish commits. Keyed by the update: publishing twice mails once.
 */
export async function scheduleSubscriberNotice(
  tx: Tx,
  update: JobPayloadInput<"notify-subscribers">,
  now: Date,
): Promise<void> {
  await enqueue(tx, [jobOf("notify-subscribers", update, now)]);
}
