// Declaring a SEV1 and running the real worker against real Postgres, a real SMTP server and a
// real webhook endpoint: who is paged, what is sent, what arrives; escalation on a moved clock.
import { createHmac, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestUser } from "@/scripts/test/fixtures";
import { startSmtpReceiver, type SmtpReceiver } from "@/scripts/fault/smtp-receiver";
import { startWebhookReceiver, type WebhookReceiver } from "@/scripts/fault/webhook-receiver";
import { escalateJob, escalationKeyPrefix } from "@/lib/domain/jobs";
import { configureSmtp } from "../channels/email";
import { webhookIdempotencyKey } from "../channels/webhook";
import { userCtx } from "../context";
import { db } from "../db";
import { acknowledge } from "../incidents/acknowledge";
import { changeStatus } from "../incidents/change-status";
import { declareIncident } from "../incidents/declare";
import { pageLevel } from "./handlers/page-level";
import { clockFrom, incidentJobs, incidentSettled, runWorkerUntil } from "./test-worker";

const MIN = 60_000;
const WEBHOOK_SECRET = `whsec-${randomUUID()}`;
let smtp: SmtpReceiver;
let hook: WebhookReceiver;
let hookMemberId: string;
let commander: Awaited<ReturnType<typeof createTestUser>>;
let responder: Awaited<ReturnType<typeof createTestUser>>;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  configureSmtp({ host: "127.0.0.1", port: smtp.port, secure: false });
  hook = await startWebhookReceiver();
  const customers = await db.stakeholderGroup.findUniqueOrThrow({ where: { key: "customers" } });
  const member = await db.stakeholderMember.create({
    data: {
      groupId: customers.id,
      kind: "WEBHOOK",
      webhookUrl: hook.url,
      webhookSecret: WEBHOOK_SECRET,
      label: "test webhook",
    },
  });
  hookMemberId = member.id;
  [commander, responder] = await Promise.all([createTestUser("COMMANDER"), createTestUser("RESPONDER")]);
});

afterAll(async () => {
  // Later test files must not find this endpoint among the customers.
  if (hookMemberId) await db.stakeholderMember.delete({ where: { id: hookMemberId } });
  configureSmtp(null);
  await Promise.all([smtp?.stop(), hook?.stop()]);
});

async function declare(severity: "SEV1" | "SEV2" | "SEV3", at: Date) {
  const component = await db.component.findUniqueOrThrow({ where: { slug: "critical-service" } });
  return declareIncident(userCtx(commander, at), {
    title: `Checkout down ${randomUUID().slice(0, 8)}`,
    severity,
    componentIds: [component.id],
    impact: "All checkouts fail with HTTP 503",
  });
}

async function pages(incidentId: string) {
  return db.page.findMany({
    where: { incidentId },
    include: { level: true, deliveries: true },
    orderBy: [{ round: "asc" }, { plannedAt: "asc" }],
  });
}

/** Declares at `t0`, runs the worker on the real clock until the first page and the immediate notifications are done. */
async function declaredAndPaged(severity: "SEV1" | "SEV3") {
  const t0 = new Date();
  const incident = await declare(severity, t0);
  await runWorkerUntil(async () => (await pages(incident.id)).length === 1 && incidentSettled(incident.id, new Date()));
  return { incident, t0 };
}

describe("declaring a SEV1 with the worker running", () => {
  it("pages the primary level, sends the three immediate notifications, and the mail and webhook arrive", async () => {
    const { incident, t0 } = await declaredAndPaged("SEV1");

    const [page] = await pages(incident.id);
    expect(page).toMatchObject({
      round: 0,
      plannedAt: t0,
      idempotencyKey: `page:${incident.id}:0:1`,
      level: { position: 1, name: "Primary on-call" },
    });
    expect(page.deliveries.map((d) => `${d.channel} ${d.recipient} ${d.status}`).sort()).toEqual([
      "EMAIL commander@bridge.local SENT",
      "EMAIL oncall-primary@company.com SENT",
      "IN_APP commander@bridge.local SENT",
    ]);
    const events = await db.incidentEvent.findMany({ where: { incidentId: incident.id } });
    expect(events.filter((e) => e.kind === "PAGED").map((e) => e.message)).toEqual([
      expect.stringContaining("Paged Primary on-call"),
    ]);

    const obligations = await db.notificationObligation.findMany({
      where: { incidentId: incident.id, dueAt: t0 },
      include: { group: true, deliveries: true },
    });
    expect(obligations.map((o) => `${o.group.key} ${o.status}`).sort()).toEqual([
      "cto SENT",
      "customers SENT",
      "incident_commander SENT",
    ]);
    for (const o of obligations) {
      const members = await db.stakeholderMember.findMany({ where: { groupId: o.groupId }, include: { user: true } });
      const expected = members.flatMap((m) =>
        m.kind === "USER" ? [m.user!.email] : m.kind === "EMAIL" ? [m.email!] : [m.webhookUrl!],
      );
      expect([...new Set(o.deliveries.map((d) => d.recipient))].sort()).toEqual([...new Set(expected)].sort());
      expect(o.deliveries.every((d) => d.status === "SENT")).toBe(true);
    }
    expect(events.filter((e) => e.kind === "NOTIFICATION_SENT")).toHaveLength(3);

    // Every e-mail delivery arrived exactly once, and nothing else of this incident did.
    const emails = await db.delivery.findMany({ where: { incidentId: incident.id, channel: "EMAIL" } });
    expect(emails.length).toBeGreaterThanOrEqual(5);
    const counts = smtp.countsByKey();
    for (const e of emails) expect(counts.get(e.idempotencyKey), e.idempotencyKey).toBe(1);
    const mine = smtp.mails.filter((m) => emails.some((e) => e.idempotencyKey === m.key));
    expect(mine).toHaveLength(emails.length);

    const notified = mine.filter((m) => m.key.startsWith("obligation:"));
    expect(notified.map((m) => m.to[0]).sort()).toEqual(
      expect.arrayContaining(["cto@company.com", "status-subscribers@company.com"]),
    );
    for (const m of notified) {
      expect(m.subject).toBe("INCIDENT ALERT: OpenAPI Documentation Generator Service Disruption");
      expect(`${m.subject}\n${m.text}`).not.toMatch(/\{[a-z_]+\}/i);
      expect(m.text).toContain("Severity: SEV1 (critical)");
      expect(m.text).toContain("Impact: All checkouts fail with HTTP 503");
      expect(m.text).toContain(`Incident Commander: ${commander.name}`);
      expect(m.messageId).toMatch(/^<[0-9a-f]{40}@/);
    }
    const paged = mine.find((m) => m.to[0] === "oncall-primary@company.com");
    expect(paged?.subject).toBe(`[SEV1] Page: #${incident.number} ${incident.title}`);

    // The webhook member got one signed JSON POST.
    const hookDelivery = await db.delivery.findFirstOrThrow({ where: { incidentId: incident.id, channel: "WEBHOOK" } });
    const posts = hook.requests.filter((r) => r.headers["idempotency-key"] === webhookIdempotencyKey(hookDelivery.id));
    expect(posts).toHaveLength(1);
    const [post] = posts;
    expect(post.method).toBe("POST");
    expect(post.headers["content-type"]).toBe("application/json");
    const timestamp = String(post.headers["x-bridge-timestamp"]);
    const expected = `sha256=${createHmac("sha256", WEBHOOK_SECRET).update(`${timestamp}.${post.body}`).digest("hex")}`;
    expect(post.headers["x-bridge-signature"]).toBe(expected);
    expect(Math.abs(Number(timestamp) * 1000 - Date.now())).toBeLessThan(10 * MIN);
    expect(JSON.parse(post.body)).toMatchObject({
      id: hookDelivery.id,
      subject: "INCIDENT ALERT: OpenAPI Documentation Generator Service Disruption",
      incident: { number: incident.number, severity: "SEV1", status: "INVESTIGATING" },
    });

    // The deadline's audit trail: fired, done, and the next level already scheduled 15 min on.
    const jobs = await incidentJobs(incident.id);
    const first = jobs.find((j) => j.key === `page:${incident.id}:0:1`)!;
    expect(first).toMatchObject({ kind: "escalate", status: "DONE", plannedAt: t0 });
    expect(first.firedAt!.getTime()).toBeGreaterThanOrEqual(t0.getTime());
    expect(jobs.find((j) => j.key === `page:${incident.id}:0:2`)).toMatchObject({
      status: "PENDING",
      plannedAt: new Date(t0.getTime() + 15 * MIN),
      firedAt: null,
    });
  });
});

describe("escalation on a moved clock", () => {
  it("pages the secondary 15 minutes after an unacknowledged primary, not before", async () => {
    const { incident, t0 } = await declaredAndPaged("SEV3");

    const almost = clockFrom(new Date(t0.getTime() + 15 * MIN - 5_000));
    await runWorkerUntil(() => incidentSettled(incident.id, almost()), { clock: almost });
    expect((await pages(incident.id)).map((p) => p.level.position)).toEqual([1]);

    const after = clockFrom(new Date(t0.getTime() + 15 * MIN + 1_000));
    await runWorkerUntil(async () => (await pages(incident.id)).length === 2 && incidentSettled(incident.id, after()), {
      clock: after,
    });
    const [, second] = await pages(incident.id);
    expect(second).toMatchObject({
      round: 0,
      plannedAt: new Date(t0.getTime() + 15 * MIN),
      level: { position: 2, name: "Secondary on-call" },
    });
    expect(second.pagedAt.getTime()).toBeGreaterThanOrEqual(t0.getTime() + 15 * MIN);
    expect(second.deliveries.map((d) => `${d.channel} ${d.recipient} ${d.status}`).sort()).toEqual([
      "EMAIL oncall-secondary@company.com SENT",
      "EMAIL responder@bridge.local SENT",
      "IN_APP responder@bridge.local SENT",
    ]);
    const escalated = await db.incidentEvent.findMany({ where: { incidentId: incident.id, kind: "ESCALATED" } });
    expect(escalated.map((e) => e.message)).toEqual([expect.stringContaining("Escalated to Secondary on-call")]);
    for (const d of second.deliveries.filter((x) => x.channel === "EMAIL"))
      expect(smtp.countsByKey().get(d.idempotencyKey)).toBe(1);
    // The secondary's window is 30 min: the Engineering Manager is next, at 45 min.
    const next = (await incidentJobs(incident.id)).find((j) => j.key === `page:${incident.id}:0:3`);
    expect(next).toMatchObject({ status: "PENDING", plannedAt: new Date(t0.getTime() + 45 * MIN) });
  });

  it("never pages the secondary once the primary acknowledged before the deadline", async () => {
    const { incident, t0 } = await declaredAndPaged("SEV3");
    await acknowledge(userCtx(responder, new Date(t0.getTime() + 5 * MIN)), { incidentId: incident.id });

    const after = clockFrom(new Date(t0.getTime() + 15 * MIN + 1_000));
    const secondKey = `page:${incident.id}:0:2`;
    await runWorkerUntil(
      async () => (await db.job.findUniqueOrThrow({ where: { key: secondKey } })).status === "DONE",
      { clock: after },
    );
    expect((await pages(incident.id)).map((p) => p.level.position)).toEqual([1]);
    expect(await db.incidentEvent.count({ where: { incidentId: incident.id, kind: "ESCALATED" } })).toBe(0);
    expect(await db.job.count({ where: { key: { startsWith: escalationKeyPrefix(incident.id) } } })).toBe(2);
    expect(await db.delivery.count({ where: { incidentId: incident.id, pageId: { not: null } } })).toBe(3);
  });

  it("re-checks the acknowledgement under the incident's lock in the statement that writes the page", async () => {
    const { incident, t0 } = await declaredAndPaged("SEV3");
    const at = new Date(t0.getTime() + 15 * MIN);
    // The deadline read the incident unacknowledged; the acknowledgement commits before the page is written.
    await acknowledge(userCtx(responder, new Date(at.getTime() - 1)), { incidentId: incident.id });
    const level = await db.escalationLevel.findFirstOrThrow({
      where: { policyId: incident.escalationPolicyId!, position: 2 },
    });
    const key = `page:${incident.id}:0:2`;
    const paged = await pageLevel(db, {
      incidentId: incident.id,
      pageId: `test-${randomUUID()}`,
      levelId: level.id,
      round: 0,
      plannedAt: at,
      key,
      now: at,
      recipients: [{ channel: "EMAIL", recipient: "late@test.bridge.local" }],
      message: { subject: "s", body: "b" },
      event: { kind: "ESCALATED", actorLabel: "system", message: "Escalated", data: {} },
      next: escalateJob(incident.id, { round: 0, position: 3, at: new Date(at.getTime() + 30 * MIN) }),
    });
    expect(paged).toBe(false);
    expect((await pages(incident.id)).map((p) => p.level.position)).toEqual([1]);
    expect(await db.delivery.count({ where: { idempotencyKey: { startsWith: `${key}:` } } })).toBe(0);
    expect(await db.job.count({ where: { key: `page:${incident.id}:0:3` } })).toBe(0);
    expect(await db.incidentEvent.count({ where: { incidentId: incident.id, kind: "ESCALATED" } })).toBe(0);
  });

  it("stops escalating when the incident is resolved", async () => {
    const { incident, t0 } = await declaredAndPaged("SEV3");
    await changeStatus(userCtx(responder, new Date(t0.getTime() + 3 * MIN)), {
      incidentId: incident.id,
      status: "RESOLVED",
      note: "false alarm",
    });

    const after = clockFrom(new Date(t0.getTime() + 15 * MIN + 1_000));
    const secondKey = `page:${incident.id}:0:2`;
    await runWorkerUntil(
      async () => (await db.job.findUniqueOrThrow({ where: { key: secondKey } })).status === "DONE",
      { clock: after },
    );
    expect((await pages(incident.id)).map((p) => p.level.position)).toEqual([1]);
    expect(await db.job.count({ where: { key: { startsWith: escalationKeyPrefix(incident.id) } } })).toBe(2);
  });
});
