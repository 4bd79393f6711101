import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { allowedBadRatio } from "@/lib/domain/slo/budget";
import { demoRequests } from "@/lib/domain/slo/demo-traffic";
import { storeVerification } from "../backups/store-verification";
import { recordSamples, type SampleRow } from "../slo/record-samples";

const MIN = 60_000;
/** The demo's one breached asset: the seed leaves it breached and the feed never backs it up. */
export const DEMO_BREACHED_ASSET = "generated-documentation";
export const DEMO_FEED_SOURCE = "demo-feed";

/**
 * One minute of a healthy service, for the demo: a sample per SLO for the minute that just ended
 * (bad events at about a fifth of what each SLO's budget allows), a good backup verification for
 * each policy whose asset's copy is older than half its RPO, and a few seconds of replication lag
 * for continuously replicated assets — written by the statements real senders use.
 */
export async function feedDemo(tx: Tx, now: Date): Promise<{ samples: number; verifications: number; lags: number }> {
  const minute = new Date(Math.floor(now.getTime() / MIN) * MIN - MIN);
  const slos = await tx.slo.findMany({ select: { id: true, kind: true, targetPercent: true } });
  const rows: SampleRow[] = slos.map((slo) => {
    const total = demoRequests(minute.getTime(), MIN, Math.random);
    const bad =
      slo.kind === "DATA_INTEGRITY" ? 0 : Math.round(total * allowedBadRatio(slo.targetPercent) * 0.4 * Math.random());
    return {
      sloId: slo.id,
      at: minute,
      good: total - bad,
      total,
      latencyP95Ms: slo.kind === "LATENCY_P95" ? 900 + Math.round(900 * Math.random()) : null,
      source: DEMO_FEED_SOURCE,
    };
  });
  const { inserted } = await recordSamples(tx, rows, now);

  const policies = await tx.backupPolicy.findMany({
    where: { dataAsset: { rpoMinutes: { gt: 0 }, slug: { not: DEMO_BREACHED_ASSET } } },
    select: { key: true, lastVerifiedAt: true, dataAsset: { select: { rpoMinutes: true } } },
  });
  let verifications = 0;
  for (const policy of policies) {
    const dueAfter = Math.max(1, policy.dataAsset!.rpoMinutes / 2) * MIN;
    if (policy.lastVerifiedAt && now.getTime() - policy.lastVerifiedAt.getTime() < dueAfter) continue;
    const verification = {
      policy: policy.key,
      verifiedAt: now,
      ok: true,
      note: "",
      idempotencyKey: `${DEMO_FEED_SOURCE}:${policy.key}:${minute.toISOString()}`,
    };
    const stored = await storeVerification(tx, verification, `api:${DEMO_FEED_SOURCE}`, now);
    if (stored.created) verifications += 1;
  }

  const { count: lags } = await tx.dataAsset.updateMany({
    where: { rpoMinutes: 0 },
    data: { replicationLagSeconds: 1 + Math.round(20 * Math.random()) / 10, replicationReportedAt: now },
  });
  return { samples: inserted, verifications, lags };
}
