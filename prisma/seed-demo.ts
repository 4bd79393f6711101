// Demo people and a short, realistic history so that a fresh install has something to show.
import bcrypt from "bcryptjs";
import type { Db } from "../lib/db/create-client";
import { DEMO_PASSWORD, DEMO_USERS } from "./plan-data-dr";
import { assembleDemoPostmortem } from "./seed-demo-assemble";
import { DEMO_INCIDENTS, type DemoIncident } from "./seed-demo-incidents";
import { seedDemoHistory } from "./seed-demo-history";
import { demoSnapshot, seedObligations, seedPages } from "./seed-demo-paging";

const MIN = 60_000;

/** The demo's section texts by field, as the postmortem's section rows. */
const SECTION_OF = {
  summary: "SUMMARY",
  rootCauseAnalysis: "ROOT_CAUSE",
  contributingFactors: "CONTRIBUTING_FACTORS",
  lessonsLearned: "LESSONS_LEARNED",
  processImprovements: "PROCESS_IMPROVEMENTS",
} as const;

export async function seedDemoUsers(db: Db) {
  const hash = await bcrypt.hash(DEMO_PASSWORD, 12);
  for (const u of DEMO_USERS) {
    await db.user.upsert({ where: { email: u.email }, create: { ...u, passwordHash: hash }, update: {} });
  }
}

const GROUP_MEMBERS: Record<string, { user?: string; email?: string }[]> = {
  incident_commander: [{ user: "commander@bridge.local" }],
  cto: [{ email: "cto@company.com" }],
  customers: [{ email: "status-subscribers@company.com" }],
  all_engineering: [{ email: "engineering@company.com" }, { user: "responder@bridge.local" }],
  customer_success: [{ email: "customer-success@company.com" }],
  executive_team: [{ email: "exec@company.com" }, { user: "stakeholder@bridge.local" }],
  board_if_extended: [{ email: "board@company.com" }],
  engineering_manager: [{ email: "eng-manager@company.com" }],
  affected_customers: [{ email: "affected-customers@company.com" }],
  engineering_team: [{ email: "engineering@company.com" }],
  weekly_incident_report: [{ email: "incident-report@company.com" }],
};

export async function seedDemo(db: Db, now: Date) {
  await seedMembers(db);
  if ((await db.incident.count()) > 0) return;
  for (const [i, incident] of DEMO_INCIDENTS.entries()) await createIncident(db, incident, now, i === 0);
  await seedDemoHistory(db, now);
  await seedMaintenance(db, now);
}

async function seedMembers(db: Db) {
  if ((await db.stakeholderMember.count()) > 0) return;
  const users = new Map((await db.user.findMany()).map((u) => [u.email, u.id]));
  for (const group of await db.stakeholderGroup.findMany()) {
    for (const m of GROUP_MEMBERS[group.key] ?? []) {
      await db.stakeholderMember.create({
        data: m.user
          ? { groupId: group.id, kind: "USER", userId: users.get(m.user), label: m.user }
          : { groupId: group.id, kind: "EMAIL", email: m.email, label: m.email ?? "" },
      });
    }
  }
}

async function createIncident(db: Db, d: DemoIncident, now: Date, failOnce: boolean) {
  const startedAt = new Date(now.getTime() - d.daysAgo * 1440 * MIN);
  const at = (minutes: number) => new Date(startedAt.getTime() + minutes * MIN);
  const users = new Map((await db.user.findMany()).map((u) => [u.email, u]));
  const commander = users.get("commander@bridge.local")!;
  const components = await db.component.findMany({ where: { slug: { in: d.components } } });
  const policy = await demoSnapshot(db);
  const incident = await db.incident.create({
    data: {
      title: d.title,
      severity: d.severity,
      status: "RESOLVED",
      impact: d.impact,
      commanderId: commander.id,
      declaredById: commander.id,
      escalationPolicyId: policy?.policyId ?? null,
      escalationSnapshot: policy ?? undefined,
      startedAt,
      detectedAt: at(d.detectedAfter),
      acknowledgedAt: at(d.ackAfter),
      mitigatedAt: at(d.mitigatedAfter),
      resolvedAt: at(d.resolvedAfter),
      rootCauseSummary: d.rootCause,
      resolutionSummary: d.resolution,
      components: { create: components.map((c) => ({ componentId: c.id, restoredAt: at(d.mitigatedAfter) })) },
      // Its updates below are published, so it is on the status page's history from the first one.
      publishedAt: d.updates.length > 0 ? at(Math.min(...d.updates.map((u) => u.after))) : null,
    },
  });
  const seeded = { ...incident, acknowledgedAt: at(d.ackAfter) };
  const paging = policy ? await seedPages(db, seeded, policy, users, commander) : [];
  const notifying = await seedObligations(db, seeded, commander, failOnce);
  const story = d.events.map((e) => ({ kind: e.kind, message: e.message, occurredAt: at(e.after), actor: commander }));
  await db.incidentEvent.createMany({
    data: [...story, ...paging, ...notifying].map((e) => ({
      incidentId: incident.id,
      kind: e.kind,
      message: e.message,
      occurredAt: e.occurredAt,
      actorId: e.actor?.id ?? null,
      actorLabel: e.actor?.email ?? "system",
    })),
  });
  await db.statusUpdate.createMany({
    data: d.updates.map((u) => ({
      incidentId: incident.id,
      status: u.status,
      message: u.message,
      publishedAt: at(u.after),
      authorId: commander.id,
    })),
  });
  if (!d.postmortem) return;
  const postmortem = await db.postmortem.create({
    data: {
      incidentId: incident.id,
      status: d.postmortem.status,
      authorId: commander.id,
      dueAt: at(d.resolvedAfter + 5 * 1440),
      sections: {
        create: Object.entries(SECTION_OF).map(([field, key]) => ({
          key,
          body: d.postmortem!.sections[field as keyof typeof SECTION_OF],
          version: 1,
          updatedById: commander.id,
        })),
      },
      publishedAt: d.postmortem.status === "PUBLISHED" ? at(3 * 1440) : null,
      publishedById: d.postmortem.status === "PUBLISHED" ? commander.id : null,
      actionItems: {
        create: d.postmortem.actions.map((a) => ({
          title: a.title,
          status: a.status,
          ownerId: users.get(a.owner)?.id,
          dueDate: new Date(now.getTime() + a.dueInDays * 1440 * MIN),
          completedAt: a.status === "DONE" ? at(5 * 1440) : null,
        })),
      },
    },
  });
  await assembleDemoPostmortem(db, postmortem.id);
}

/** One planned upgrade three days ahead, so the status page shows how maintenance is announced. */
async function seedMaintenance(db: Db, now: Date) {
  if ((await db.maintenance.count()) > 0) return;
  const day = 1440 * MIN;
  const start = new Date(Math.floor((now.getTime() + 3 * day) / day) * day + 2 * 60 * MIN);
  const pipeline = await db.component.findMany({ where: { slug: { in: ["ci-cd-pipeline"] } } });
  await db.maintenance.create({
    data: {
      title: "CI/CD runner upgrade",
      description: "Build runners move to a new version. Pipelines queued during the window start when it ends.",
      scheduledStart: start,
      scheduledEnd: new Date(start.getTime() + 60 * MIN),
      components: { create: pipeline.map((c) => ({ componentId: c.id })) },
    },
  });
}
