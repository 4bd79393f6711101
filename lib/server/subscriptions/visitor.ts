import "server-only";
import type { Ctx } from "../context";

/**
 * Someone on the public status page or following a link from a subscriber e-mail: nobody signed
 * in, so the least role, and the label the audit log shows.
 */
export function visitorCtx(now: Date, label = "status page visitor"): Ctx {
  return { actor: { kind: "system", id: null, role: "STAKEHOLDER", label }, now };
}
