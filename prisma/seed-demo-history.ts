// Demo measurements: DR test runs, runbook runs, backup checks and 30 days of SLI samples.
import type { Db } from "../lib/db/create-client";
import { seedDemoBackups } from "./seed-demo-backups";
import { seedSli } from "./seed-sli";

const MIN = 60_000;

export async function seedDemoHistory(db: Db, now: Date) {
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
  const first = await db.incident.findFirstOrThrow({ orderBy: { startedAt: "asc" } });
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

  await seedDemoBackups(db, now);
  await seedSli(db, now);
}
