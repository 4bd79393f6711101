import "server-only";
import type { Db } from "@/lib/db/create-client";
import { breakerState, type BreakerStateName } from "@/lib/domain/breaker";

export type TroubledTarget = {
  target: string;
  state: BreakerStateName;
  failures: number;
  retryAt: Date | null;
  updatedAt: Date;
  /** Deliveries to the target not yet sent or given up: what its outage is holding back. */
  waiting: number;
};

/**
 * The delivery targets (SMTP server, webhook origins, push services) whose breaker is open or
 * half open, or that failed since their last success, worst first: what an admin looks at when
 * pages are not arriving.
 */
export async function listTroubledTargets(db: Db): Promise<TroubledTarget[]> {
  const rows = await db.$queryRaw<(Omit<TroubledTarget, "state"> & { state: string })[]>`
    SELECT b.target, b.state, b.failures, b."retryAt", b."updatedAt",
      (SELECT count(*)::int FROM "Delivery" d WHERE d.target = b.target AND d.status IN ('PENDING', 'FAILED')) AS waiting
    FROM "DeliveryBreaker" b
    WHERE b.state <> 'CLOSED' OR b.failures > 0
    ORDER BY (b.state = 'CLOSED'), b.failures DESC, b.target
    LIMIT 100`;
  return rows.map((r) => ({ ...r, state: breakerState(r.state) }));
}
