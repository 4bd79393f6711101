// Each webhook member has its own timeout, set by an admin (validated, audited): against a real
// receiver that answers after one second, a 200 ms target times out and is retried with the same
// Idempotency-Key, while a 3 s target is delivered on the first attempt.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpReceiver, type SmtpReceiver } from "@/scripts/fault/smtp-receiver";
import { startWebhookReceiver, type WebhookReceiver } from "@/scripts/fault/webhook-receiver";
import { createTestUser, ctxOf, rejection } from "@/scripts/test/fixtures";
import { configureSmtp } from "../channels/email";
import { db } from "../db";
import { clockFrom, incidentSettled, runWorkerUntil } from "../jobs/test-worker";
import { addMember } from "../matrix/add-member";
import { setWebhookTimeout } from "../matrix/set-webhook-timeout";
import { queueWebhookDeliveries } from "./test-webhooks";

const ANSWER_AFTER_MS = 1000;
let smtp: SmtpReceiver;
// Answers 200 one second after each request arrives, and records each one with its Idempotency-Key.
let slow: WebhookReceiver;

const keysSent = (key: string) => slow.requests.filter((r) => r.headers["idempotency-key"] === key);

beforeAll(async () => {
  smtp = await startSmtpReceiver(0);
  configureSmtp({ host: "127.0.0.1", port: smtp.port, secure: false });
  slow = await startWebhookReceiver(() => 200, ANSWER_AFTER_MS);
});

afterAll(async () => {
  configureSmtp(null);
  await Promise.all([smtp.stop(), slow.stop()]);
});

describe("a webhook member's timeout", () => {
  it("is validated, saved and audited when an admin sets it", async () => {
    const admin = await createTestUser("ADMIN");
    const group = await db.stakeholderGroup.create({ data: { key: `t-${randomUUID().slice(0, 8)}`, name: "Hooks" } });
    const tooShort = await rejection(() =>
      addMember(ctxOf(admin), { groupId: group.id, kind: "WEBHOOK", webhookUrl: slow.url, webhookTimeoutMs: "50" }),
    );
    expect(tooShort).toMatchObject({ code: "VALIDATION", fieldErrors: { webhookTimeoutMs: [expect.any(String)] } });

    const { member } = await addMember(ctxOf(admin), {
      groupId: group.id,
      kind: "WEBHOOK",
      webhookUrl: slow.url,
      webhookTimeoutMs: "",
    });
    expect(member.webhookTimeoutMs).toBeNull();
    const responder = await createTestUser("RESPONDER");
    expect(
      await rejection(() => setWebhookTimeout(ctxOf(responder), { id: member.id, webhookTimeoutMs: 3000 })),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await rejection(() => setWebhookTimeout(ctxOf(admin), { id: member.id, webhookTimeoutMs: "1.5" })),
    ).toMatchObject({ code: "VALIDATION", fieldErrors: { webhookTimeoutMs: ["Enter whole milliseconds"] } });

    await setWebhookTimeout(ctxOf(admin), { id: member.id, webhookTimeoutMs: "3000" });
    expect((await db.stakeholderMember.findUniqueOrThrow({ where: { id: member.id } })).webhookTimeoutMs).toBe(3000);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "matrix.member.set_webhook_timeout", entityId: member.id },
    });
    expect(audit).toMatchObject({
      actorId: admin.id,
      before: { webhookTimeoutMs: null },
      after: { webhookTimeoutMs: 3000 },
    });
    await db.stakeholderGroup.delete({ where: { id: group.id } });
  });

  it("times out a 200 ms target and retries it with the same key; a 3 s target succeeds at once", async () => {
    const admin = await createTestUser("ADMIN");
    const group = await db.stakeholderGroup.create({ data: { key: `t-${randomUUID().slice(0, 8)}`, name: "Hooks" } });
    const member = async (path: string, webhookTimeoutMs: number) =>
      (
        await addMember(ctxOf(admin), {
          groupId: group.id,
          kind: "WEBHOOK",
          webhookUrl: `${slow.url}/${path}`,
          webhookTimeoutMs,
        })
      ).member;
    const [hasty, patient] = [await member("hasty", 200), await member("patient", 3000)];
    const { incident, deliveryTo: delivery } = await queueWebhookDeliveries(
      [hasty, patient],
      { title: "Slow receivers", severity: "SEV3", componentSlug: "ci-cd-pipeline" },
      { subject: "Status update", body: "Still investigating." },
    );

    await runWorkerUntil(
      async () => (await delivery(hasty)).status === "FAILED" && (await delivery(patient)).status === "SENT",
    );
    const timedOut = await delivery(hasty);
    expect(timedOut).toMatchObject({ attempts: 1, lastError: expect.stringMatching(/timeout|timed out|aborted/i) });
    expect(await delivery(patient)).toMatchObject({ status: "SENT", attempts: 1 });
    expect(await db.job.findUniqueOrThrow({ where: { key: `deliver:${timedOut.id}:1` } })).toMatchObject({
      status: "PENDING",
    });

    const later = clockFrom(new Date(Date.now() + 31_000));
    await runWorkerUntil(async () => (await delivery(hasty)).attempts === 2 && incidentSettled(incident.id, later()), {
      clock: later,
    });
    expect(await delivery(hasty)).toMatchObject({ status: "FAILED", attempts: 2 });
    const hastyKey = `bridge-delivery-${timedOut.id}`;
    // The receiver hears of the second attempt's closed connection a moment after the worker gave up on it.
    await expect.poll(() => keysSent(hastyKey).length).toBe(2);
    const patientKey = `bridge-delivery-${(await delivery(patient)).id}`;
    expect(keysSent(patientKey)).toHaveLength(1);
    await db.stakeholderGroup.delete({ where: { id: group.id } });
  }, 60_000);
});
