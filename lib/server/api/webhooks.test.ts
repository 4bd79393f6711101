// The outbound webhook as the OpenAPI document describes it: a real delivery, sent by the worker to
// a real receiver, carries a body that validates against `webhooks.incidentNotification` and a
// signature that verifies the documented way.
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import type http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWebhookReceiver, type WebhookReceiver } from "@/scripts/fault/webhook-receiver";
import { createTestUser, ctxOf } from "@/scripts/test/fixtures";
import { db } from "../db";
import { runWorkerUntil } from "../jobs/test-worker";
import { addMember } from "../matrix/add-member";
import { documentValidator } from "./test-api";
import { queueWebhookDeliveries } from "../notify/test-webhooks";

let receiver: WebhookReceiver;
let url: string;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  url = receiver.url;
});

afterAll(() => receiver.stop());

/** The verification the document prescribes, written from its words alone. */
function verifies(secret: string, headers: http.IncomingHttpHeaders, raw: string): boolean {
  const expected = `sha256=${createHmac("sha256", secret).update(`${headers["x-bridge-timestamp"]}.${raw}`).digest("hex")}`;
  const given = String(headers["x-bridge-signature"] ?? "");
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

describe("webhooks.incidentNotification", () => {
  it("is what the worker sends: the body validates and the signature verifies as documented", async () => {
    const admin = await createTestUser("ADMIN");
    const group = await db.stakeholderGroup.create({ data: { key: `w-${randomUUID().slice(0, 8)}`, name: "Hooks" } });
    const { member } = await addMember(ctxOf(admin), { groupId: group.id, kind: "WEBHOOK", webhookUrl: url });
    const secret = `whsec-${randomUUID()}`;
    await db.stakeholderMember.update({ where: { id: member.id }, data: { webhookSecret: secret } });
    const { incident, deliveryTo } = await queueWebhookDeliveries(
      [member],
      { title: "Webhook contract", severity: "SEV2", componentSlug: "documentation-generation" },
      { subject: "Investigating", body: "We are looking into slow documentation builds." },
    );
    await runWorkerUntil(async () => (await deliveryTo(member)).status === "SENT");
    const delivery = await deliveryTo(member);
    const sent = receiver.requests.find((r) => r.headers["idempotency-key"] === `bridge-delivery-${delivery.id}`)!;
    expect(sent).toBeDefined();

    const body = JSON.parse(sent.body);
    const docs = documentValidator();
    expect(docs.webhook("incidentNotification", body)).toEqual([]);
    expect(body).toMatchObject({ id: delivery.id, incident: { number: incident.number, severity: "SEV2" } });
    expect(sent.headers["user-agent"]).toBe("Bridge-Webhook/1");
    expect(sent.headers["content-type"]).toBe("application/json");
    expect(Math.abs(Number(sent.headers["x-bridge-timestamp"]) - Date.now() / 1000)).toBeLessThan(300);
    expect(verifies(secret, sent.headers, sent.body)).toBe(true);
    expect(verifies("another secret", sent.headers, sent.body)).toBe(false);
    // The schema is strict: a field Bridge does not send, or one it sends missing, fails.
    expect(docs.webhook("incidentNotification", { ...body, extra: 1 })).not.toEqual([]);
    expect(docs.webhook("incidentNotification", { ...body, incident: undefined })).not.toEqual([]);
  });

  it("documents the headers a receiver checks", () => {
    const op = documentValidator().doc.webhooks!.incidentNotification.post;
    expect(op.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(["Idempotency-Key", "X-Bridge-Timestamp", "X-Bridge-Signature"]),
    );
    expect(op.description).toMatch(/HMAC-SHA256/);
  });
});
