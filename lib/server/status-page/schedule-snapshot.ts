import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { jobOf } from "@/lib/domain/jobs";
import { enqueue } from "../jobs/enqueue";

/** Asks for the static status page to be written again, once the publishing transaction commits. */
export async function scheduleStatusSnapshot(tx: Tx, now: Date): Promise<void> {
  await enqueue(tx, [jobOf("status-snapshot", { at: now.toISOString() }, now)]);
}
