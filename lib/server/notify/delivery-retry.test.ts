// Deliveries against servers that fail: a real SMTP server that is down and then up, a real
// webhook that answers 500 then 200, a delivery that keeps failing for a day, two senders at once.
import { createHmac, randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSmtpReceiver, type SmtpReceiver } from "@/scripts/fault/smtp-receiver";
import { startWebhookReceiver } from "@/scripts/fault/webhook-receiver";
import { createTestUser } from "@/scripts/test/fixtures";
import { freePort } from "@/scripts/test/free-port";
import { URGENT_FIRST_DELAY_MS } from "@/lib/domain/backoff";
import { deliverKeyPrefix } from "@/lib/domain/jobs";
import { configureSmtp } from "../channels/email";
import { systemCtx, userCtx } from "../context";
import { db } from "../db";
import { acknowledge } from "../incidents/acknowledge";
import { declareIncident } from "../incidents/declare";
import { handleDeliver } from "../jobs/handlers/deliver";
import { RetryLater } from "../jobs/retry-later";
import { clockFrom, incidentSettled, runWorkerUntil } from "../jobs/test-worker";
import { createDeliveries } from "./create-deliveries";

const HOUR = 3_600_000;
let commander: Awaited<ReturnType<typeof createTestUser>>;
const servers: { stop: () => Promise<void> }[] = [];

beforeAll(async () => {
  commander = await createTestUser("COMMANDER");
});

afterEach(async () => {
  configureSmtp(null);
  await Promise.all(servers.splice(0).map((s) => s.stop()));
  // Each test brings its own servers: a breaker another test opened is no part of it.
  await db.deliveryBreaker.deleteMany();
});

afterAll(() => configureSmtp(null));

async function receiverOn(port = 0): Promise<SmtpReceiver> {
  const receiver = await startSmtpReceiver(port);
  servers.push(receiver);
  configureSmtp({ host: "127.0.0.1", port: receiver.port, secure: false });
  return receiver;
}

/** A SEV3 pages the primary level only: two e-mails and one in-app message, no immediate notifications. */
async function declareSev3(at = new Date()) {
  const component = await db.component.findUniqueOrThrow({ where: { slug: "ci-cd-pipeline" } });
  return declareIncident(userCtx(commander, at), {
    title: `Builds queued ${randomUUID().slice(0, 8)}`,
    severity: "SEV3",
    componentIds: [component.id],
  });
}

const pageEmails = (incidentId: string) =>
  db.delivery.findMany({
    where: { incidentId, channel: "EMAIL", pageId: { not: null } },
    orderBy: { recipient: "asc" },
  });

describe("SMTP server down, then up", () => {
  it("fails with the error and a page's short retry deadline, then delivers each message exactly once", async () => {
    const port = await freePort();
    configureSmtp({ host: "127.0.0.1", port, secure: false });
    const incident = await declareSev3();
    await runWorkerUntil(
      async () => (await pageEmails(incident.id)).length === 2 && incidentSettled(incident.id, new Date()),
    );

    const failed = await pageEmails(incident.id);
    for (const d of failed) {
      expect(d).toMatchObject({ status: "FAILED", attempts: 1, lockedUntil: null });
      expect(d.lastError).toMatch(/ECONNREFUSED/);
      expect(d.nextAttemptAt!.getTime() - d.firstAttemptAt!.getTime()).toBe(URGENT_FIRST_DELAY_MS);
      const retry = await db.job.findUniqueOrThrow({ where: { key: `deliver:${d.id}:1` } });
      expect(retry).toMatchObject({
        kind: "deliver",
        status: "PENDING",
        runAt: d.nextAttemptAt,
        plannedAt: d.nextAttemptAt,
      });
    }
    const failures = await db.incidentEvent.findMany({
      where: { incidentId: incident.id, kind: "NOTIFICATION_FAILED" },
    });
    expect(failures.map((e) => e.message).sort()).toEqual(
      failed.map((d) => expect.stringContaining(`EMAIL to ${d.recipient}`)),
    );

    const smtp = await receiverOn(port);
    const later = clockFrom(new Date(Date.now() + 31_000));
    await runWorkerUntil(
      async () =>
        (await pageEmails(incident.id)).every((d) => d.status === "SENT") && incidentSettled(incident.id, later()),
      { clock: later },
    );
    for (const d of await pageEmails(incident.id)) {
      expect(d).toMatchObject({ status: "SENT", attempts: 2, lastError: null, nextAttemptAt: null });
      expect(smtp.countsByKey().get(d.idempotencyKey)).toBe(1);
    }
    // Later deadlines do not send any of them again.
    await acknowledge(userCtx(commander, later()), { incidentId: incident.id });
    const muchLater = clockFrom(new Date(Date.now() + 2 * HOUR));
    await runWorkerUntil(() => incidentSettled(incident.id, muchLater()), { clock: muchLater });
    const keys = failed.map((d) => d.idempotencyKey);
    expect(smtp.mails.filter((m) => keys.includes(m.key))).toHaveLength(2);
  });
});

describe("webhook answering 500, then 200", () => {
  it("retries with the same Idempotency-Key and signature scheme and is delivered once", async () => {
    await receiverOn();
    const hook = await startWebhookReceiver((nth) => (nth === 0 ? 500 : 200));
    servers.push(hook);
    const secret = `whsec-${randomUUID()}`;
    const group = await db.stakeholderGroup.create({
      data: { key: `test-hooks-${randomUUID().slice(0, 8)}`, name: "Test hooks" },
    });
    const member = await db.stakeholderMember.create({
      data: { groupId: group.id, kind: "WEBHOOK", webhookUrl: hook.url, webhookSecret: secret },
    });
    const incident = await declareSev3();
    const key = `test:${randomUUID()}`;
    await db.$transaction((tx) =>
      createDeliveries(
        tx,
        { incidentId: incident.id, keyPrefix: key },
        [{ channel: "WEBHOOK", recipient: hook.url, webhookMemberId: member.id }],
        { subject: "Status update", body: "Still investigating." },
        new Date(),
      ),
    );
    const delivery = () =>
      db.delivery.findUniqueOrThrow({ where: { idempotencyKey: `${key}:WEBHOOK:${hook.url.toLowerCase()}` } });

    await runWorkerUntil(async () => (await delivery()).status === "FAILED");
    expect(await delivery()).toMatchObject({ attempts: 1, lastError: "Webhook answered HTTP 500" });

    const later = clockFrom(new Date(Date.now() + 31_000));
    await runWorkerUntil(async () => (await delivery()).status === "SENT" && incidentSettled(incident.id, later()), {
      clock: later,
    });
    const sent = await delivery();
    expect(sent).toMatchObject({ status: "SENT", attempts: 2 });
    expect(hook.requests.map((r) => r.status)).toEqual([500, 200]);
    for (const r of hook.requests) {
      // The same key on every attempt, and never the URL (which may hold a secret).
      expect(r.headers["idempotency-key"]).toBe(`bridge-delivery-${sent.id}`);
      expect(r.headers["idempotency-key"]).not.toContain(new URL(hook.url).host);
      const signed = createHmac("sha256", secret).update(`${r.headers["x-bridge-timestamp"]}.${r.body}`).digest("hex");
      expect(r.headers["x-bridge-signature"]).toBe(`sha256=${signed}`);
      expect(JSON.parse(r.body)).toMatchObject({
        id: sent.id,
        subject: "Status update",
        body: "Still investigating.",
        incident: { number: incident.number },
      });
    }
    await db.stakeholderGroup.delete({ where: { id: group.id } });
  });
});

describe("a delivery that keeps failing", () => {
  it("is dead-lettered once 24 h have passed since its first attempt, with a NOTIFICATION_FAILED event", async () => {
    configureSmtp({ host: "127.0.0.1", port: await freePort(), secure: false });
    const t0 = new Date();
    const incident = await declareSev3(t0);
    await runWorkerUntil(
      async () => (await pageEmails(incident.id)).length === 2 && incidentSettled(incident.id, new Date()),
    );
    await acknowledge(userCtx(commander, new Date()), { incidentId: incident.id });
    const [first] = await pageEmails(incident.id);
    expect(first.status).toBe("FAILED");

    const dayLater = clockFrom(new Date(first.firstAttemptAt!.getTime() + 24 * HOUR + 60_000));
    const retryKey = `deliver:${first.id}:1`;
    await runWorkerUntil(async () => (await db.job.findUniqueOrThrow({ where: { key: retryKey } })).status === "DONE", {
      clock: dayLater,
    });
    const dead = await db.delivery.findUniqueOrThrow({ where: { id: first.id } });
    expect(dead).toMatchObject({ status: "DEAD", attempts: 2, nextAttemptAt: null, lockedUntil: null });
    expect(dead.lastError).toMatch(/ECONNREFUSED/);
    expect(await db.job.count({ where: { key: { startsWith: deliverKeyPrefix(first.id) } } })).toBe(2);
    const events = await db.incidentEvent.findMany({
      where: { incidentId: incident.id, kind: "NOTIFICATION_FAILED" },
      orderBy: { occurredAt: "asc" },
    });
    expect(events.map((e) => e.message)).toContainEqual(
      expect.stringMatching(new RegExp(`^Delivery given up after 24 h: EMAIL to ${first.recipient}`)),
    );
  });
});

describe("two senders of one delivery at once", () => {
  it("hands the message to SMTP once; the other waits for the lock and then finds it sent", async () => {
    const smtp = await receiverOn();
    const incident = await declareSev3();
    const key = `test:${randomUUID()}`;
    await db.$transaction((tx) =>
      createDeliveries(
        tx,
        { incidentId: incident.id, keyPrefix: key },
        [{ channel: "EMAIL", recipient: "twice@test.bridge.local" }],
        { subject: "Once", body: "Only once." },
        new Date(),
      ),
    );
    const delivery = await db.delivery.findUniqueOrThrow({
      where: { idempotencyKey: `${key}:EMAIL:twice@test.bridge.local` },
    });
    const outcomes = await Promise.allSettled(
      [0, 1, 2].map(() => handleDeliver(systemCtx(), { deliveryId: delivery.id })),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled").length).toBeGreaterThanOrEqual(1);
    for (const o of outcomes) if (o.status === "rejected") expect(o.reason).toBeInstanceOf(RetryLater);
    expect(smtp.countsByKey().get(delivery.idempotencyKey)).toBe(1);

    await runWorkerUntil(
      async () => (await db.job.findUniqueOrThrow({ where: { key: `deliver:${delivery.id}:0` } })).status === "DONE",
    );
    expect(await db.delivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({
      status: "SENT",
      attempts: 1,
    });
    expect(smtp.countsByKey().get(delivery.idempotencyKey)).toBe(1);
  });
});
