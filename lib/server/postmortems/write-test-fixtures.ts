// Incidents for the postmortem-writing tests: declared and resolved through the real services.
import { ctxOf } from "@/scripts/test/fixtures";
import { changeStatus } from "../incidents/change-status";
import { declare, type TestUser } from "../incidents/test-fixtures";

/** A SEV2 (unless told) declared at `at` and resolved 30 minutes later by `actor`. */
export async function resolvedIncident(
  actor: TestUser,
  options: { title?: string; severity?: "SEV1" | "SEV2" | "SEV3"; at?: Date } = {},
) {
  const at = options.at ?? new Date(Date.now() - 3_600_000);
  const incident = await declare(actor, { title: options.title, severity: options.severity, now: at });
  const resolvedAt = new Date(at.getTime() + 30 * 60_000);
  await changeStatus(ctxOf(actor, resolvedAt), { incidentId: incident.id, status: "RESOLVED" });
  return { ...incident, resolvedAt };
}
