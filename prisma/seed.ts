// Seeds a database with the plan's values. Idempotent: it creates what is missing and never
// overwrites what an admin has since changed.
import type { Db } from "../lib/db/create-client";
import { parseMinutes } from "../lib/domain/duration";
import type { Cadence, Level, SloKind } from "../lib/generated/prisma/client";
import * as plan from "./plan-data";
import * as dr from "./plan-data-dr";
import { seedDemo, seedDemoUsers } from "./seed-demo";

export async function seed(db: Db, options: { demo: boolean; now?: Date } = { demo: true }) {
  const now = options.now ?? new Date();
  if (options.demo) await seedDemoUsers(db);
  const service = await db.service.upsert({ where: { slug: plan.SERVICE.slug }, create: plan.SERVICE, update: {} });
  const serviceId = service.id;
  for (const c of plan.COMPONENTS)
    await db.component.upsert({ where: { slug: c.slug }, create: { ...c, serviceId }, update: {} });
  await seedComponentGroups(db);
  for (const a of plan.DATA_ASSETS)
    await db.dataAsset.upsert({ where: { slug: a.slug }, create: { ...a, serviceId }, update: {} });
  for (const s of plan.SLOS) {
    const kind = s.kind as SloKind;
    await db.slo.upsert({
      where: { serviceId_kind: { serviceId, kind } },
      create: { ...s, kind, serviceId },
      update: {},
    });
  }
  await seedHealthChecks(db, serviceId);
  for (const r of plan.RISKS) {
    const levels = {
      probability: r.probability as Level,
      impact: r.impact as Level,
      mitigationPriority: r.mitigationPriority as Level,
    };
    const reviewDueAt = new Date(now.getTime() + r.reviewDueInDays * 86_400_000);
    await db.risk.upsert({
      where: { key: r.key },
      create: { key: r.key, title: r.title, ...levels, reviewDueAt },
      update: {},
    });
  }
  await seedRunbooks(db);
  await seedEscalation(db);
  await seedMatrix(db);
  for (const t of dr.DR_TESTS) {
    await db.drTest.upsert({ where: { key: t.key }, create: { ...t, cadence: t.cadence as Cadence }, update: {} });
  }
  await seedBackups(db);
  for (const [position, m] of dr.PLAN_METRICS.entries()) {
    await db.planMetric.upsert({ where: { key: m.key }, create: { ...m, position }, update: {} });
  }
  if (options.demo) await seedDemo(db, now);
}

/** A check is the plan's if the service already has one for its URL; an admin's edits are kept. */
async function seedHealthChecks(db: Db, serviceId: string) {
  for (const { availabilitySlo, latencySlo, ...check } of plan.HEALTH_CHECKS) {
    const exists = await db.healthCheck.findFirst({ where: { serviceId, url: check.url }, select: { id: true } });
    if (exists) continue;
    const slos = await db.slo.findMany({ where: { slug: { in: [availabilitySlo, latencySlo] } } });
    await db.healthCheck.create({
      data: {
        ...check,
        serviceId,
        availabilitySloId: slos.find((s) => s.slug === availabilitySlo)?.id ?? null,
        latencySloId: slos.find((s) => s.slug === latencySlo)?.id ?? null,
      },
    });
  }
}

async function seedRunbooks(db: Db) {
  for (const rb of plan.RUNBOOKS) {
    const exists = await db.runbook.findUnique({ where: { key: rb.key } });
    if (exists) continue;
    await db.runbook.create({
      data: {
        key: rb.key,
        title: rb.title,
        category: rb.category,
        description: rb.description,
        steps: { create: rb.steps.map((s, i) => ({ position: i + 1, title: s.title, command: s.command ?? "" })) },
        versions: {
          create: {
            version: 1,
            title: rb.title,
            steps: rb.steps.map((s) => ({
              title: s.title,
              description: "",
              command: s.command ?? "",
              expectedResult: "",
            })),
            editedAt: new Date(),
            note: "As the plan wrote it",
          },
        },
      },
    });
  }
  for (const f of plan.FAILURE_SCENARIOS) {
    const runbook = f.runbook ? await db.runbook.findUnique({ where: { key: f.runbook } }) : null;
    const { runbook: _key, ...fields } = f;
    await db.failureScenario.upsert({
      where: { key: f.key },
      create: {
        ...fields,
        probability: f.probability as Level,
        impact: f.impact as Level,
        detectionMinutes: parseMinutes(f.detectionTime),
        runbookId: runbook?.id ?? null,
      },
      update: {},
    });
  }
}

async function seedEscalation(db: Db) {
  const p = plan.ESCALATION_POLICY;
  if (await db.escalationPolicy.findUnique({ where: { name: p.name } })) return;
  const users = await db.user.findMany({ where: { email: { in: p.levels.flatMap((l) => (l.user ? [l.user] : [])) } } });
  await db.escalationPolicy.create({
    data: {
      name: p.name,
      description: p.description,
      isDefault: true,
      levels: {
        create: p.levels.map((l, i) => ({
          position: i + 1,
          name: l.name,
          roleLabel: l.roleLabel,
          escalateAfterMinutes: l.escalateAfterMinutes,
          targets: {
            create: [
              ...(l.email ? [{ email: l.email, label: l.email }] : []),
              ...users.filter((u) => u.email === l.user).map((u) => ({ userId: u.id, label: u.name })),
            ],
          },
        })),
      },
    },
  });
}

async function seedMatrix(db: Db) {
  for (const [key, name] of plan.STAKEHOLDER_GROUPS) {
    const external = (plan.EXTERNAL_GROUPS as readonly string[]).includes(key);
    // A database seeded before groups had the flag gets the external ones marked too.
    await db.stakeholderGroup.upsert({
      where: { key },
      create: { key, name, external },
      update: external ? { external } : {},
    });
  }
  for (const t of dr.TEMPLATES) {
    if (await db.communicationTemplate.findUnique({ where: { key: t.key } })) continue;
    await db.communicationTemplate.create({
      data: {
        key: t.key,
        name: t.name,
        description: t.description,
        state: t.state,
        audience: t.audience,
        currentVersion: 1,
        versions: { create: { version: 1, subject: t.subject, body: t.body, shortText: t.shortText } },
      },
    });
  }
  const initial = await db.communicationTemplate.findUniqueOrThrow({ where: { key: "initial_notification" } });
  const groups = new Map((await db.stakeholderGroup.findMany()).map((g) => [g.key, g.id]));
  for (const [severity, windows] of Object.entries(plan.NOTIFICATION_MATRIX)) {
    for (const [minutes, keys] of Object.entries(windows)) {
      for (const key of keys as readonly string[]) {
        const rule = {
          severity: severity as "SEV1" | "SEV2" | "SEV3",
          withinMinutes: Number(minutes),
          groupId: groups.get(key)!,
        };
        await db.notificationRule.upsert({
          where: { severity_withinMinutes_groupId: rule },
          create: { ...rule, templateId: initial.id, autoSend: rule.withinMinutes === 0 },
          update: {},
        });
      }
    }
  }
}

async function seedBackups(db: Db) {
  for (const b of dr.BACKUP_POLICIES) {
    const { asset, ...fields } = b;
    const dataAsset = asset ? await db.dataAsset.findUnique({ where: { slug: asset } }) : null;
    const scope = "scope" in b ? [...b.scope] : [];
    await db.backupPolicy.upsert({
      where: { key: b.key },
      create: { ...fields, scope, dataAssetId: dataAsset?.id ?? null },
      update: {},
    });
  }
}

/** Groups for the status page; a group's components are placed only when the group is new. */
async function seedComponentGroups(db: Db) {
  for (const [position, g] of plan.COMPONENT_GROUPS.entries()) {
    if (await db.componentGroup.findUnique({ where: { slug: g.slug } })) continue;
    const group = await db.componentGroup.create({ data: { slug: g.slug, name: g.name, position } });
    for (const [order, slug] of g.components.entries())
      await db.component.updateMany({ where: { slug, groupId: null }, data: { groupId: group.id, position: order } });
  }
}
