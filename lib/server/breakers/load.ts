import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { breakerState, CLOSED_BREAKER, type Breaker } from "@/lib/domain/breaker";

type Row = { state: string; failures: number; opens: number; retryAt: Date | null };

function toBreaker(row: Row | undefined): Breaker {
  if (!row) return CLOSED_BREAKER;
  return { state: breakerState(row.state), failures: row.failures, opens: row.opens, retryAt: row.retryAt };
}

/** The target's breaker (closed when it has no row); `lock`: held until the transaction ends, for a transition. */
export async function loadBreaker(tx: Pick<Tx, "$queryRaw">, target: string, lock = false): Promise<Breaker> {
  const rows = lock
    ? await tx.$queryRaw<
        Row[]
      >`SELECT state, failures, opens, "retryAt" FROM "DeliveryBreaker" WHERE target = ${target} FOR UPDATE`
    : await tx.$queryRaw<
        Row[]
      >`SELECT state, failures, opens, "retryAt" FROM "DeliveryBreaker" WHERE target = ${target}`;
  return toBreaker(rows[0]);
}

export async function saveBreaker(tx: Pick<Tx, "$executeRaw">, target: string, b: Breaker, now: Date): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "DeliveryBreaker" (target, state, failures, opens, "retryAt", "updatedAt")
    VALUES (${target}, ${b.state}, ${b.failures}, ${b.opens}, ${b.retryAt}, ${now})
    ON CONFLICT (target) DO UPDATE SET state = EXCLUDED.state, failures = EXCLUDED.failures, opens = EXCLUDED.opens,
      "retryAt" = EXCLUDED."retryAt", "updatedAt" = EXCLUDED."updatedAt"`;
}
