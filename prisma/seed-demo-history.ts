// Demo measurements: 30 days of hourly SLI samples, DR test runs, runbook runs and backup checks.
import type { Db } from "../lib/db/create-client";

const MIN = 60_000;
const HOUR = 60 * MIN;

// A small deterministic generator keeps the demo identical on every install.
function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

export async function seedDemoHistory(db: Db, now: Date) {
  const service = await db.service.findFirstOrThrow();
  const incidents = await db.incident.findMany({ orderBy: { startedAt: "asc" } });
  const rand = random(42);
  const samples = [];
  for (let h = 30 * 24; h > 0; h--) {
    const recordedAt = new Date(now.getTime() - h * HOUR);
    const during = incidents.some((i) => i.resolvedAt && recordedAt >= i.startedAt && recordedAt <= i.resolvedAt);
    const requests = 1000 + Math.round(rand() * 400);
    const errors = during ? Math.round(requests * 0.04) : Math.round(rand() * 1.4);
    const latencyP95Ms = during ? 3200 + rand() * 1500 : 900 + rand() * 900;
    samples.push({ serviceId: service.id, recordedAt, requests, errors, latencyP95Ms, source: "seed" });
  }
  await db.sliSample.createMany({ data: samples });

  const tests = new Map((await db.drTest.findMany()).map((t) => [t.key, t.id]));
  const admin = await db.user.findUnique({ where: { email: "admin@bridge.local" } });
  const ago = (days: number) => new Date(now.getTime() - days * 1440 * MIN);
  const runs = [
    {
      key: "backup_restoration",
      days: 20,
      rto: 12,
      rpo: 0,
      passed: true,
      notes: "Automated restore of last night's snapshot.",
    },
    {
      key: "runbook_validation",
      days: 18,
      rto: null,
      rpo: null,
      passed: true,
      notes: "Team walkthrough of the service outage runbook.",
    },
    {
      key: "container_registry_failover",
      days: 40,
      rto: 14,
      rpo: 0,
      passed: true,
      notes: "Backup registry served all pulls.",
    },
    {
      key: "configuration_restore",
      days: 33,
      rto: 42,
      rpo: 5,
      passed: false,
      notes: "Secrets baseline restore needed a manual step; 12 min over the 30 min RTO.",
    },
    {
      key: "cross_region_failover",
      days: 75,
      rto: 205,
      rpo: 10,
      passed: true,
      notes: "Failover to us-east-1 during the maintenance window.",
    },
  ];
  for (const r of runs) {
    await db.drTestRun.create({
      data: {
        testId: tests.get(r.key)!,
        runById: admin?.id,
        startedAt: ago(r.days),
        completedAt: new Date(ago(r.days).getTime() + (r.rto ?? 60) * MIN),
        actualRtoMinutes: r.rto,
        actualRpoMinutes: r.rpo,
        passed: r.passed,
        notes: r.notes,
      },
    });
  }

  const outage = await db.runbook.findUniqueOrThrow({
    where: { key: "service-outage-response" },
    include: { steps: true },
  });
  const first = incidents[0];
  await db.runbookRun.create({
    data: {
      runbookId: outage.id,
      incidentId: first.id,
      startedById: first.commanderId,
      startedAt: first.startedAt,
      completedAt: new Date(first.startedAt.getTime() + 30 * MIN),
      modified: false,
      steps: {
        create: outage.steps.map((s) => ({
          stepId: s.id,
          completedById: first.commanderId,
          outcome: "DONE" as const,
          completedAt: new Date(first.startedAt.getTime() + s.position * 5 * MIN),
        })),
      },
    },
  });

  const verified: Record<string, number> = {
    "code-primary": 1,
    "code-secondary": 50,
    "code-tertiary": 20 * 60,
    configuration: 10,
    "generated-docs": 150,
    templates: 3 * 1440,
    "performance-baselines": 20 * 60,
  };
  for (const [key, minutesAgo] of Object.entries(verified)) {
    await db.backupPolicy.update({
      where: { key },
      data: { lastVerifiedAt: new Date(now.getTime() - minutesAgo * MIN) },
    });
  }
}
