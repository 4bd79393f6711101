// A person saves and removes the push subscriptions of their own browsers, audited; nobody else's.
import { describe, expect, it } from "vitest";
import { createECDH, randomBytes, randomUUID } from "node:crypto";
import { createTestUser, ctxOf, rejection } from "@/scripts/test/fixtures";
import { systemCtx } from "../context";
import { db } from "../db";
import { myPushDevices } from "./mine";
import { removePushSubscription } from "./remove";
import { subscribePush } from "./subscribe";

function browser(endpoint = `https://push.example.test/send/${randomUUID()}`) {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  return {
    endpoint,
    keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: randomBytes(16).toString("base64url") },
    userAgent:
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile Safari/604.1",
  };
}

describe("subscribePush", () => {
  it("saves the browser under the signed-in person with a label from its User-Agent, and audits it", async () => {
    const stakeholder = await createTestUser("STAKEHOLDER");
    const saved = await subscribePush(ctxOf(stakeholder), browser());
    expect(saved.label).toBe("Safari on iOS");
    const { devices, publicKey } = await myPushDevices(ctxOf(stakeholder));
    expect(devices.map((d) => d.id)).toEqual([saved.id]);
    expect(Buffer.from(publicKey, "base64url")).toHaveLength(65);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "push_subscription.create", entityId: saved.id },
    });
    expect(audit).toMatchObject({ actorId: stakeholder.id, after: { label: "Safari on iOS" } });
  });

  it("moves a browser that subscribes again to whoever subscribed last, with its new keys", async () => {
    const [first, second] = await Promise.all([createTestUser("RESPONDER"), createTestUser("RESPONDER")]);
    const one = browser();
    const a = await subscribePush(ctxOf(first), one);
    const renewed = browser(one.endpoint);
    const b = await subscribePush(ctxOf(second), renewed);
    expect(b.id).toBe(a.id);
    const row = await db.pushSubscription.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({ userId: second.id, p256dh: renewed.keys.p256dh });
    expect((await myPushDevices(ctxOf(first))).devices).toEqual([]);
  });

  it("names the field that is wrong and saves nothing", async () => {
    const user = await createTestUser("RESPONDER");
    const bad = browser();
    const error = await rejection(() => subscribePush(ctxOf(user), { ...bad, keys: { ...bad.keys, auth: "c2hvcnQ" } }));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { "keys.auth": ["auth must be 16 bytes"] } });
    const noUrl = await rejection(() => subscribePush(ctxOf(user), { ...bad, endpoint: "not a url" }));
    expect(noUrl.fieldErrors).toHaveProperty("endpoint");
    expect(await db.pushSubscription.count({ where: { userId: user.id } })).toBe(0);
  });

  it("is for people only: the system has no browser", async () => {
    expect(await rejection(() => subscribePush(systemCtx(), browser()))).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("removePushSubscription", () => {
  it("removes the person's own device with an audit row, and treats another person's as missing", async () => {
    const [owner, other] = await Promise.all([createTestUser("RESPONDER"), createTestUser("COMMANDER")]);
    const saved = await subscribePush(ctxOf(owner), browser());
    expect(await rejection(() => removePushSubscription(ctxOf(other), { id: saved.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await rejection(() => removePushSubscription(ctxOf(owner), { id: "" }))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { id: ["Choose a device"] },
    });
    await removePushSubscription(ctxOf(owner), { id: saved.id });
    expect(await db.pushSubscription.findUnique({ where: { id: saved.id } })).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "push_subscription.delete", entityId: saved.id },
    });
    expect(audit).toMatchObject({ actorId: owner.id, before: { id: saved.id, label: "Safari on iOS" } });
  });
});
