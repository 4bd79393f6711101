import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { drillRtoMinutes } from "@/lib/domain/dr/verdict";
import type { Incident } from "@/lib/generated/prisma/client";

/**
 * A drill's incident resolved: its DR test run ends then, with the actual RTO measured from the
 * drill's own declaration to its resolution. RPO and criteria are recorded on the test's page.
 * A reopened drill clears the end again, so resolving it once more measures anew.
 */
export async function settleDrillRun(tx: Tx, incident: Pick<Incident, "id" | "drill" | "startedAt" | "resolvedAt">) {
  if (!incident.drill) return;
  await tx.drTestRun.updateMany({
    where: { incidentId: incident.id, passed: null },
    data: incident.resolvedAt
      ? { completedAt: incident.resolvedAt, actualRtoMinutes: drillRtoMinutes(incident.startedAt, incident.resolvedAt) }
      : { completedAt: null, actualRtoMinutes: null },
  });
}
