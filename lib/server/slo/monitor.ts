import "server-only";
import type { Ctx } from "../context";

/**
 * The actor of everything the SLO alerts and health checks do: a system actor (nobody signed
 * in) whose label names it on timelines and in the audit log. It acts with the rights of the
 * services it calls (declare, change status), as the worker does.
 */
export function sloMonitorCtx(now: Date): Ctx {
  return { actor: { kind: "system", id: null, role: "ADMIN", label: "SLO monitor" }, now };
}
