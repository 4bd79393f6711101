import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DomainError } from "@/lib/domain/errors";
import type { BridgeEvent } from "../events";
import { lockIncident } from "../incidents/lock";

/**
 * An open run, locked for a change: its incident's row (the bridge's one lock) when it has one,
 * so two people ticking at once are taken in turn. Refuses an unknown or completed run.
 */
export async function openRunForChange(tx: Tx, runId: string) {
  const found = await tx.runbookRun.findUnique({ where: { id: runId }, select: { incidentId: true } });
  if (!found) throw new DomainError("NOT_FOUND", "No such runbook run.", { runId: ["No such run"] });
  if (found.incidentId) await lockIncident(tx, found.incidentId);
  const run = await tx.runbookRun.findUniqueOrThrow({
    where: { id: runId },
    include: { runbook: { include: { steps: { orderBy: { position: "asc" } } } }, steps: true },
  });
  if (run.completedAt)
    throw new DomainError("CONFLICT", "This run is already complete.", { runId: ["The run is already complete"] });
  return run;
}

/** Who hears of a change to a run: everyone on its incident, else the run's own watchers. */
export function runEvent(run: { id: string; incidentId: string | null }): BridgeEvent {
  return run.incidentId ? { type: "incident.changed", id: run.incidentId } : { type: "runbook.run", id: run.id };
}
