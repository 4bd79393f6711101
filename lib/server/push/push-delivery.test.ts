// Paging a person with a subscribed browser, against a real push service on node:http that checks
// the VAPID signature and decrypts each push with the subscription's own private key.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-that-is-long-enough";
});

import { URGENT_FIRST_DELAY_MS } from "@/lib/domain/backoff";
import { readSnapshot } from "@/lib/domain/escalation-snapshot";
import { startSmtpReceiver } from "@/scripts/fault/smtp-receiver";
import { createTestUser } from "@/scripts/test/fixtures";
import { startPushReceiver, type PushReceiver } from "@/scripts/test/push-receiver";
import { verifyAckToken } from "../ack-token";
import { configureSmtp } from "../channels/email";
import { parseJob, updateReminderKeyPrefix } from "@/lib/domain/jobs";
import { systemCtx, userCtx } from "../context";
import { db } from "../db";
import { declareIncident } from "../incidents/declare";
import { HANDLERS } from "../jobs/handlers";
import { incidentSettled, runWorkerUntil } from "../jobs/test-worker";
import { postUpdate } from "../status-updates/post-update";
import { postInput } from "../status-updates/test-fixtures";
import { subscribePush } from "./subscribe";
import { vapidKeys } from "./vapid";

let commander: Awaited<ReturnType<typeof createTestUser>>;
const servers: { stop: () => Promise<void> }[] = [];

beforeAll(async () => {
  commander = await createTestUser("COMMANDER");
  const smtp = await startSmtpReceiver(0);
  servers.push(smtp);
  configureSmtp({ host: "127.0.0.1", port: smtp.port, secure: false });
});

// A test's failing deliveries keep retrying in later tests' workers; without a subscription they end at once.
afterEach(async () => {
  await db.pushSubscription.deleteMany();
  await db.deliveryBreaker.deleteMany();
});

afterAll(async () => {
  configureSmtp(null);
  await Promise.all(servers.map((s) => s.stop()));
});

async function receiver(answer?: (nth: number) => number): Promise<PushReceiver> {
  const r = await startPushReceiver(answer);
  servers.push(r);
  return r;
}

/**
 * Declares a SEV3 and, before the worker pages its first level, subscribes the first person that
 * level pages to `push` as their browser would.
 */
async function declareWithSubscriber(push: PushReceiver) {
  const component = await db.component.findUniqueOrThrow({ where: { slug: "ci-cd-pipeline" } });
  const incident = await declareIncident(userCtx(commander), {
    title: `Builds queued ${randomUUID().slice(0, 8)}`,
    severity: "SEV3",
    componentIds: [component.id],
  });
  const row = await db.incident.findUniqueOrThrow({ where: { id: incident.id } });
  const first = readSnapshot(row.escalationSnapshot)!.levels[0];
  const userId = first.targets.find((t) => t.userId)!.userId!;
  const person = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const browser = push.subscribe();
  const subscription = await subscribePush(userCtx(person), {
    ...browser,
    userAgent:
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36",
  });
  return { incident, person, browser, subscription };
}

/** Runs the worker until the incident's push delivery has `status` and nothing else is due. */
const untilPush = (incidentId: string, status: string) =>
  runWorkerUntil(async () => {
    const d = await db.delivery.findFirst({ where: { incidentId, channel: "PUSH" } });
    return d?.status === status && incidentSettled(incidentId, new Date());
  });

const pushDelivery = (incidentId: string) => db.delivery.findFirstOrThrow({ where: { incidentId, channel: "PUSH" } });

describe("paging a person with a subscribed browser", () => {
  it("sends a signed, encrypted push with the incident's title, its link and a working ack link", async () => {
    const push = await receiver();
    const { incident, person, subscription } = await declareWithSubscriber(push);
    await untilPush(incident.id, "SENT");

    const delivery = await pushDelivery(incident.id);
    expect(delivery).toMatchObject({
      status: "SENT",
      attempts: 1,
      pushSubscriptionId: subscription.id,
      recipient: `${person.email} (Chrome on Android)`,
    });
    expect(delivery.pageId).not.toBeNull();
    expect(push.pushes).toHaveLength(1);
    const [received] = push.pushes;
    expect(received.error).toBeNull();
    expect(received.claims).toMatchObject({ aud: push.origin, sub: (await vapidKeys()).subject });
    expect(received.headers).toMatchObject({ ttl: "3600", urgency: "high", topic: `incident-${incident.number}` });
    const payload = received.payload as Record<string, unknown>;
    expect(payload).toMatchObject({
      title: expect.stringContaining(incident.title),
      body: expect.stringContaining(`incident #${incident.number}`),
      incidentNumber: incident.number,
    });
    expect(new URL(String(payload.url)).pathname).toBe(`/incidents/${incident.number}`);
    const token = new URL(String(payload.ackUrl)).pathname.replace(/^\/ack\//, "");
    expect(verifyAckToken(token, new Date())).toEqual({ ok: true, pageId: delivery.pageId });
    const device = await db.pushSubscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(device.lastSuccessAt).not.toBeNull();
  });
});

describe("a push service that says the subscription is gone", () => {
  it("removes the subscription and ends the delivery with the reason, without a retry", async () => {
    const push = await receiver(() => 410);
    const { incident, subscription } = await declareWithSubscriber(push);
    await untilPush(incident.id, "DEAD");

    const delivery = await pushDelivery(incident.id);
    expect(delivery).toMatchObject({ status: "DEAD", attempts: 1, nextAttemptAt: null, pushSubscriptionId: null });
    expect(delivery.lastError).toMatch(/HTTP 410.*subscription was removed/);
    expect(await db.pushSubscription.findUnique({ where: { id: subscription.id } })).toBeNull();
    expect(await db.job.count({ where: { key: `deliver:${delivery.id}:1` } })).toBe(0);
    expect(push.pushes.map((p) => [p.status, p.error])).toEqual([[410, null]]);
    const ended = await db.incidentEvent.findFirst({ where: { incidentId: incident.id, kind: "NOTIFICATION_FAILED" } });
    expect(ended?.message).toMatch(/^Delivery ended: PUSH to /);
  });
});

describe("a push service answering 500", () => {
  it("keeps the delivery for a retry on a page's short deadline", async () => {
    const push = await receiver(() => 500);
    const { incident, subscription } = await declareWithSubscriber(push);
    await untilPush(incident.id, "FAILED");

    const delivery = await pushDelivery(incident.id);
    expect(delivery).toMatchObject({ status: "FAILED", attempts: 1, lastError: "Push service answered HTTP 500" });
    expect(delivery.nextAttemptAt!.getTime() - delivery.firstAttemptAt!.getTime()).toBe(URGENT_FIRST_DELAY_MS);
    const retry = await db.job.findUniqueOrThrow({ where: { key: `deliver:${delivery.id}:1` } });
    expect(retry).toMatchObject({ status: "PENDING", runAt: delivery.nextAttemptAt });
    const device = await db.pushSubscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(device).toMatchObject({ lastSuccessAt: null, lastFailureAt: expect.any(Date) });
  });
});

/** The commander turns push on for their phone, then declares an incident and so commands it. */
async function commanderWithPhone(severity: "SEV2" | "SEV3") {
  const push = await receiver();
  const browser = push.subscribe();
  await subscribePush(userCtx(commander), { ...browser, userAgent: "Mozilla/5.0 (Linux; Android 14) Chrome/131.0" });
  const component = await db.component.findUniqueOrThrow({ where: { slug: "ci-cd-pipeline" } });
  const incident = await declareIncident(userCtx(commander), {
    title: `Deploys stuck ${randomUUID().slice(0, 8)}`,
    severity,
    componentIds: [component.id],
  });
  return { push, browser, incident };
}

describe("a commander's own obligations", () => {
  it("reach the commander's phone: a reminder that the promised update is overdue opens the incident", async () => {
    const { push, browser, incident } = await commanderWithPhone("SEV3");
    await postUpdate(userCtx(commander), postInput(incident.id, { nextUpdate: "15" }));
    const job = await db.job.findFirstOrThrow({ where: { key: { startsWith: updateReminderKeyPrefix(incident.id) } } });
    const reminder = parseJob(job.kind, job.payload);
    if (reminder.kind !== "update-reminder") throw new Error(`not a reminder: ${job.kind}`);
    // The promise is broken now rather than in 15 minutes: the handler runs as its job would.
    await HANDLERS["update-reminder"](systemCtx(new Date()), reminder.payload);

    const sent = (d: { idempotencyKey: string }) => d.idempotencyKey.startsWith("update-reminder:");
    await runWorkerUntil(async () =>
      (await db.delivery.findMany({ where: { incidentId: incident.id, channel: "PUSH" } }))
        .filter(sent)
        .every((d) => d.status === "SENT"),
    );
    const reminders = (await db.delivery.findMany({ where: { incidentId: incident.id } })).filter(sent);
    expect(reminders.map((d) => d.channel).sort()).toEqual(["IN_APP", "PUSH"]);
    const received = push.pushes.find((p) => p.endpoint === browser.endpoint);
    expect(received?.error).toBeNull();
    const payload = received!.payload as Record<string, unknown>;
    expect(payload.title).toEqual(expect.stringContaining(`Update overdue: incident #${incident.number}`));
    expect(new URL(String(payload.url)).pathname).toBe(`/incidents/${incident.number}`);
    // Not a page: there is nothing to acknowledge.
    expect(payload.ackUrl ?? null).toBeNull();
  });

  it("reach the commander's phone: a matrix notification falling due, which stays owed until sent", async () => {
    const { push, browser, incident } = await commanderWithPhone("SEV2");
    const obligation = await db.notificationObligation.findFirstOrThrow({
      where: { incidentId: incident.id, autoSend: false },
      include: { group: true },
      orderBy: { dueAt: "asc" },
    });
    await HANDLERS.obligation(systemCtx(new Date()), { obligationId: obligation.id });

    const reminder = { obligationId: obligation.id, idempotencyKey: { startsWith: "reminder:" } };
    await runWorkerUntil(async () =>
      (await db.delivery.findMany({ where: { ...reminder, channel: "PUSH" } })).every((d) => d.status === "SENT"),
    );
    const deliveries = await db.delivery.findMany({ where: reminder });
    expect(deliveries.map((d) => [d.channel, d.userId]).sort()).toEqual([
      ["IN_APP", commander.id],
      ["PUSH", commander.id],
    ]);
    const received = push.pushes.find((p) => p.endpoint === browser.endpoint);
    expect(received?.error).toBeNull();
    const payload = received!.payload as Record<string, unknown>;
    expect(payload.title).toEqual(
      expect.stringContaining(`Due now: notify ${obligation.group.name} about #${incident.number}`),
    );
    expect(new URL(String(payload.url)).pathname).toBe(`/incidents/${incident.number}`);
    const after = await db.notificationObligation.findUniqueOrThrow({ where: { id: obligation.id } });
    expect(after).toMatchObject({ status: "PENDING", remindedAt: expect.any(Date) });
  });
});
