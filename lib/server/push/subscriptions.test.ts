// A person saves and removes the push subscriptions of their own browsers, audited; nobody else's.
import { describe, expect, it } from "vitest";
import { createECDH, randomBytes, randomUUID } from "node:crypto";
import { createTestUser, ctxOf, rejection } from "@/scripts/test/fixtures";
import { systemCtx } from "../context";
import { db } from "../db";
import { groupRecipients } from "../notify/recipients";
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
    // Made once and kept: the stored pair is the one handed out, and its private half is never read by default.
    const stored = await db.pushSettings.findUniqueOrThrow({ where: { id: 1 } });
    expect(stored.vapidPublicKey).toBe(publicKey);
    expect(stored).not.toHaveProperty("vapidPrivateKey");
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

describe("a stakeholder group's members", () => {
  it("are reached on each subscribed device beside e-mail and the app", async () => {
    const member = await createTestUser("STAKEHOLDER");
    const [phoneBrowser, laptopBrowser] = [browser(), browser()];
    const [phone, laptop] = [
      await subscribePush(ctxOf(member), phoneBrowser),
      await subscribePush(ctxOf(member), {
        ...laptopBrowser,
        userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0",
      }),
    ];
    const group = await db.stakeholderGroup.create({ data: { key: `push-${randomUUID().slice(0, 8)}`, name: "Push" } });
    await db.stakeholderMember.create({ data: { groupId: group.id, kind: "USER", userId: member.id } });
    const recipients = await db.$transaction((tx) => groupRecipients(tx, group.id));
    expect(recipients.filter((r) => r.channel === "PUSH")).toEqual([
      {
        channel: "PUSH",
        recipient: `${member.email} (Safari on iOS)`,
        userId: member.id,
        pushSubscriptionId: phone.id,
        pushEndpoint: phoneBrowser.endpoint,
      },
      {
        channel: "PUSH",
        recipient: `${member.email} (Firefox on Linux)`,
        userId: member.id,
        pushSubscriptionId: laptop.id,
        pushEndpoint: laptopBrowser.endpoint,
      },
    ]);
    expect(recipients.map((r) => r.channel).sort()).toEqual(["EMAIL", "IN_APP", "PUSH", "PUSH"]);
  });
});
