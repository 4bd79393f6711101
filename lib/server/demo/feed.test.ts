// The demo feed against real Postgres: one round writes a sample per SLO for the minute that
// ended, backs up what is older than half its RPO (never the demo's one breached asset), reports
// replication lag for continuously replicated assets, audits itself and schedules the next minute;
// the same minute again adds nothing.
import { describe, expect, it } from "vitest";
import { ownAsset } from "../backups/test-fixtures";
import { systemCtx } from "../context";
import { db } from "../db";
import { handleDemoFeed } from "../jobs/handlers/demo-feed";
import { DEMO_BREACHED_ASSET, DEMO_FEED_SOURCE } from "./feed";

const MIN = 60_000;

describe("the demo feed", () => {
  it("keeps the demo alive for a minute, once", async () => {
    const now = new Date(Math.floor(Date.now() / MIN) * MIN + 20_000);
    const minute = new Date(now.getTime() - 20_000 - MIN);
    const stale = await ownAsset(30, 20, now); // older than half its RPO: backed up
    const fresh = await ownAsset(30, 5, now); // within half its RPO: left alone
    const breached = await db.dataAsset.findUnique({ where: { slug: DEMO_BREACHED_ASSET } });
    const breachedBefore = breached
      ? await db.backupVerification.count({ where: { policy: { dataAssetId: breached.id } } })
      : 0;

    await handleDemoFeed(systemCtx(now), { at: now });

    const slos = await db.slo.count();
    expect(slos).toBeGreaterThan(0);
    const samples = await db.sliSample.findMany({ where: { source: DEMO_FEED_SOURCE, at: minute } });
    expect(samples).toHaveLength(slos);
    for (const s of samples) expect(s.good).toBeLessThanOrEqual(s.total);

    const verifiedStale = await db.backupVerification.findMany({ where: { policyId: stale.policy.id } });
    expect(verifiedStale).toMatchObject([{ ok: true, source: `api:${DEMO_FEED_SOURCE}`, verifiedAt: now }]);
    const policy = await db.backupPolicy.findUniqueOrThrow({ where: { id: stale.policy.id } });
    expect(policy.lastVerifiedAt).toEqual(now);
    expect(await db.backupVerification.count({ where: { policyId: fresh.policy.id } })).toBe(0);
    if (breached)
      expect(await db.backupVerification.count({ where: { policy: { dataAssetId: breached.id } } })).toBe(
        breachedBefore,
      );

    const replicated = await db.dataAsset.findMany({ where: { rpoMinutes: 0 } });
    for (const a of replicated) {
      expect(a.replicationReportedAt).toEqual(now);
      expect(a.replicationLagSeconds).toBeLessThan(60);
    }
    expect(await db.auditLog.count({ where: { action: "demo.feed" } })).toBe(1);
    const next = new Date(now.getTime() - 20_000 + MIN).toISOString();
    expect(await db.job.count({ where: { key: `demo-feed:${next}` } })).toBe(1);

    // The same minute again: no second sample, no second backup.
    await handleDemoFeed(systemCtx(new Date(now.getTime() + 1000)), { at: now });
    expect(await db.sliSample.count({ where: { source: DEMO_FEED_SOURCE, at: minute } })).toBe(slos);
    expect(await db.backupVerification.count({ where: { policyId: stale.policy.id } })).toBe(1);
  });
});
