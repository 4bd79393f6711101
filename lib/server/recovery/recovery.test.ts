// The /recovery readers against a real database: RTO countdowns of open incidents, time to
// recover vs RTO of resolved ones, the RPO rule per data asset, and MTTA / MTTR with corrected
// key times. Clocks are set far ahead, so only this file's incidents fall in the windows read.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createTestUser, ctxOf } from "@/scripts/test/fixtures";
import { componentIds, declare, later, marker, type TestUser } from "../incidents/test-fixtures";
import { listActiveRto } from "./list-active-rto";
import { listRecoveries } from "./list-recoveries";
import { listRpo } from "./list-rpo";
import { readMttx } from "./read-mttx";

const MIN = 60_000;
let commander: TestUser;
let reader: TestUser;

beforeAll(async () => {
  commander = await createTestUser("COMMANDER");
  reader = await createTestUser("STAKEHOLDER");
});

/** A resolved incident written as the records would hold it, with its components. */
async function resolvedIncident(options: {
  severity?: "SEV1" | "SEV2" | "SEV3";
  startedAt: Date;
  detectAfter?: number;
  ackAfter?: number | null;
  resolveAfter: number;
  components: { slug: string; restoredAfter: number | null }[];
}) {
  const { startedAt } = options;
  const ids = await componentIds(...options.components.map((c) => c.slug));
  return db.incident.create({
    data: {
      title: `Recovery reader ${marker()}`,
      severity: options.severity ?? "SEV2",
      status: "RESOLVED",
      startedAt,
      detectedAt: later(startedAt, options.detectAfter ?? 0),
      acknowledgedAt: options.ackAfter == null ? null : later(startedAt, options.ackAfter),
      resolvedAt: later(startedAt, options.resolveAfter),
      components: {
        create: options.components.map((c, i) => ({
          componentId: ids[i],
          restoredAt: c.restoredAfter === null ? null : later(startedAt, c.restoredAfter),
        })),
      },
    },
  });
}

describe("RTO countdowns of open incidents", () => {
  it("gives each affected component its deadline, time left and breach, and leaves resolved incidents out", async () => {
    const declaredAt = new Date(Date.now() - 70 * MIN);
    const { number } = await declare(commander, {
      components: ["documentation-generation", "ci-cd-pipeline"],
      now: declaredAt,
    });
    const incident = await db.incident.findUniqueOrThrow({ where: { number } });
    // Declaring stamps the service's clock; pin the start to the test's.
    await db.incident.update({ where: { id: incident.id }, data: { startedAt: declaredAt } });
    const now = new Date(declaredAt.getTime() + 70 * MIN);
    const active = await listActiveRto(ctxOf(reader, now));
    const mine = active.find((i) => i.number === number);
    expect(mine?.components.map((c) => [c.name, c.rtoMinutes, c.rto.breached, c.rto.remainingMs])).toEqual([
      ["Documentation Generation", 60, true, -10 * MIN],
      ["CI/CD Pipeline", 120, false, 50 * MIN],
    ]);
    expect(mine?.components[1].rto.deadline).toEqual(later(declaredAt, 120));

    await db.incident.update({ where: { id: incident.id }, data: { status: "RESOLVED", resolvedAt: now } });
    expect((await listActiveRto(ctxOf(reader, now))).some((i) => i.number === number)).toBe(false);
  });
});

describe("time to recover vs RTO", () => {
  it("measures to each component's restoration, else to the incident's resolution, within the period", async () => {
    const startedAt = new Date("2031-03-10T08:00:00Z");
    const incident = await resolvedIncident({
      startedAt,
      resolveAfter: 200,
      components: [
        { slug: "documentation-generation", restoredAfter: 45 },
        { slug: "ci-cd-pipeline", restoredAfter: null },
      ],
    });
    // Resolved long before the period read: not listed.
    await resolvedIncident({
      startedAt: new Date("2029-01-01T00:00:00Z"),
      resolveAfter: 10,
      components: [{ slug: "critical-service", restoredAfter: 5 }],
    });
    const { components, recoveries } = await listRecoveries(ctxOf(reader, new Date("2031-03-20T00:00:00Z")));
    expect(components.map((c) => c.name)).toEqual(
      expect.arrayContaining(["Documentation Generation", "CI/CD Pipeline", "Critical Service"]),
    );
    expect(recoveries.every((r) => r.incident.id === incident.id)).toBe(true);
    const byName = new Map(recoveries.map((r) => [components.find((c) => c.id === r.componentId)?.name, r] as const));
    expect(byName.get("Documentation Generation")).toMatchObject({
      recoverMs: 45 * MIN,
      rtoMs: 60 * MIN,
      met: true,
      byRestoration: true,
    });
    expect(byName.get("CI/CD Pipeline")).toMatchObject({
      recoverMs: 200 * MIN,
      rtoMs: 120 * MIN,
      met: false,
      byRestoration: false,
    });
    expect(recoveries).toHaveLength(2);
  });
});

describe("RPO per data asset", () => {
  it("judges backups by the newest verified copy and an RPO of 0 by its reported replication lag", async () => {
    const now = new Date();
    const ago = (minutes: number) => new Date(now.getTime() - minutes * MIN);
    const config = await db.dataAsset.findUniqueOrThrow({
      where: { slug: "configuration-data" },
      include: { backupPolicies: true },
    });
    // The asset is as fresh as its freshest copy: one policy 20 min, another 10 min ago.
    await db.backupPolicy.updateMany({ where: { dataAssetId: config.id }, data: { lastVerifiedAt: ago(20) } });
    const extra = await db.backupPolicy.create({
      data: {
        key: `extra-${marker()}`,
        name: "Extra copy",
        tier: "test",
        dataAssetId: config.id,
        lastVerifiedAt: ago(10),
      },
    });
    await db.dataAsset.update({
      where: { slug: "code-repository" },
      data: { replicationLagSeconds: 12, replicationReportedAt: ago(2) },
    });
    await db.dataAsset.update({
      where: { slug: "generated-documentation" },
      data: { replicationLagSeconds: 500, replicationReportedAt: ago(1) },
    });
    const assets = new Map((await listRpo(ctxOf(reader, now))).map((a) => [a.slug, a]));
    expect(assets.get("configuration-data")).toMatchObject({
      lastVerifiedAt: ago(10),
      rpo: { state: "MET", basis: "BACKUP", ageMinutes: 10 },
    });
    expect(assets.get("code-repository")?.rpo).toMatchObject({ state: "MET", basis: "REPLICATION", lagSeconds: 12 });
    // A lag report on an asset with a backup objective changes nothing.
    expect(assets.get("generated-documentation")?.rpo.basis).toBe("BACKUP");

    await db.backupPolicy.delete({ where: { id: extra.id } });
    await db.dataAsset.update({ where: { slug: "code-repository" }, data: { replicationReportedAt: ago(40) } });
    const later2 = new Map((await listRpo(ctxOf(reader, now))).map((a) => [a.slug, a]));
    expect(later2.get("configuration-data")?.rpo).toMatchObject({ state: "BREACHED", ageMinutes: 20 });
    expect(later2.get("code-repository")?.rpo).toMatchObject({
      state: "NO_DATA",
      reason: "The last replication lag report is 40 min old (stale after 15 min).",
    });
  });
});

describe("MTTA and MTTR", () => {
  it("averages per severity and month in the organisation's time zone, preferring corrected key times", async () => {
    const jan = new Date("2032-01-10T10:00:00Z");
    const feb = new Date("2032-02-05T10:00:00Z");
    await resolvedIncident({
      severity: "SEV1",
      startedAt: jan,
      detectAfter: 5,
      ackAfter: 15,
      resolveAfter: 95,
      components: [],
    });
    await resolvedIncident({
      severity: "SEV1",
      startedAt: later(jan, 1440),
      ackAfter: 20,
      resolveAfter: 45,
      components: [],
    });
    const corrected = await resolvedIncident({
      severity: "SEV3",
      startedAt: feb,
      ackAfter: 4,
      resolveAfter: 60,
      components: [],
    });
    const postmortem = await db.postmortem.create({ data: { incidentId: corrected.id } });
    await db.postmortemKeyTime.createMany({
      data: [
        // Impact began half an hour before anyone noticed: MTTR 90 min, not 60.
        { postmortemId: postmortem.id, kind: "IMPACT_STARTED", at: later(feb, -30), reason: "Errors began earlier" },
        // Derived, uncorrected: the incident's own acknowledgement stands.
        { postmortemId: postmortem.id, kind: "ACKNOWLEDGED", at: later(feb, 50), reason: null },
      ],
    });
    const summary = await readMttx(ctxOf(reader, new Date("2032-02-20T00:00:00Z")), 3, "UTC");
    expect(summary.months.map((m) => m.month)).toEqual(["2031-12", "2032-01", "2032-02"]);
    expect(summary.months[0].all.incidents).toBe(0);
    expect(summary.months[1].severities.SEV1).toEqual({
      incidents: 2,
      mttaMs: 15 * MIN,
      acknowledged: 2,
      mttrMs: 70 * MIN,
      resolved: 2,
    });
    expect(summary.months[2].severities.SEV3).toEqual({
      incidents: 1,
      mttaMs: 4 * MIN,
      acknowledged: 1,
      mttrMs: 90 * MIN,
      resolved: 1,
    });
    expect(summary.bySeverity.SEV2.incidents).toBe(0);
  });
});
