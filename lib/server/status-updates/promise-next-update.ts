import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { jobOf } from "@/lib/domain/jobs";
import { enqueue } from "../jobs/enqueue";

/**
 * Records the commander's promise of the next update (or clears it) and schedules its reminder.
 * An older reminder is left to run: it finds a different promise on the incident and does nothing.
 */
export async function promiseNextUpdate(tx: Tx, incidentId: string, due: Date | null): Promise<void> {
  await tx.incident.update({ where: { id: incidentId }, data: { nextUpdateAt: due } });
  if (due) await enqueue(tx, [jobOf("update-reminder", { incidentId, due: due.toISOString() }, due)]);
}
