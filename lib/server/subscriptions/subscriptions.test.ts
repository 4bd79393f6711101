// Subscribing, confirming, being notified and leaving, against a real SMTP server and the real
// worker: each e-mail is read back from what the server accepted, and its links are followed.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-that-is-long-enough";
});

import { startSmtpReceiver, type SmtpReceiver } from "@/scripts/fault/smtp-receiver";
import { rejection, uniqueEmail, uniqueIp } from "@/scripts/test/fixtures";
import { SIGNUPS_PER_ADDRESS, SIGNUPS_PER_IP } from "@/lib/domain/subscriptions";
import { configureSmtp } from "../channels/email";
import { db } from "../db";
import { runWorkerUntil } from "../jobs/test-worker";
import { confirmSubscription, inspectConfirmLink } from "./confirm";
import { subscriberDeliveryCounts } from "./delivery-counts";
import { confirmUrl } from "./links";
import { notifySubscribers } from "./notify";
import { scheduleSubscriberNotice } from "./schedule-notice";
import { subscribe } from "./subscribe";
import { componentBySlug, incidentOn, linkIn, publishedUpdate, tokenOf } from "./test-fixtures";
import { inspectUnsubscribeLink, unsubscribeByLink } from "./unsubscribe";
import { visitorCtx } from "./visitor";

let smtp: SmtpReceiver;

beforeAll(async () => {
  smtp = await startSmtpReceiver(0);
  configureSmtp({ host: "127.0.0.1", port: smtp.port, secure: false });
});
afterAll(async () => {
  configureSmtp(null);
  await smtp.stop();
});
afterEach(() => {
  smtp.mails.length = 0;
});

const mailsTo = (email: string) => smtp.mails.filter((m) => m.to.includes(email));

async function mailTo(email: string, subject: RegExp) {
  await runWorkerUntil(async () => mailsTo(email).some((m) => subject.test(m.subject)));
  return mailsTo(email).find((m) => subject.test(m.subject))!;
}

/** Subscribes and confirms through the e-mailed link; returns the subscriber. */
async function confirmedSubscriber(email: string, scope: Record<string, unknown> = { scope: "ALL" }) {
  await subscribe(visitorCtx(new Date()), { email, ...scope }, uniqueIp());
  const mail = await mailTo(email, /^Confirm/);
  const token = tokenOf(linkIn(mail, "/status/subscribe/confirm/"));
  expect(await confirmSubscription(token, new Date())).toMatchObject({ state: "confirmed", email });
  return db.subscriber.findUniqueOrThrow({ where: { email } });
}

/** Runs the notice job the way a publish queues it, and the worker until nothing of it is left to send. */
async function publishAndSend(statusUpdateId: string) {
  await db.$transaction((tx) => scheduleSubscriberNotice(tx, { statusUpdateId }, new Date()));
  await runWorkerUntil(async () => {
    const job = await db.job.findUnique({ where: { key: `subscribers:update:${statusUpdateId}` } });
    const waiting = await db.delivery.count({ where: { statusUpdateId, status: { in: ["PENDING", "FAILED"] } } });
    return job?.status === "DONE" && waiting === 0;
  });
}

describe("subscribe → confirm → published update → one-click unsubscribe", () => {
  it("mails the confirmation, then the update with RFC 8058 headers, and nothing after unsubscribing", async () => {
    const docs = await componentBySlug("documentation-generation");
    const email = uniqueEmail("reader");
    await subscribe(visitorCtx(new Date()), { email, scope: "COMPONENTS", componentIds: [docs.id] }, uniqueIp());

    const confirmation = await mailTo(email, /^Confirm your status updates subscription$/);
    const confirmPath = linkIn(confirmation, "/status/subscribe/confirm/");
    const token = tokenOf(confirmPath);
    expect(await inspectConfirmLink(token, new Date())).toMatchObject({ state: "pending", email });
    // Not on the list before the link is followed.
    const incident = await incidentOn([docs.id]);
    expect(
      await notifySubscribers(db, { statusUpdateId: (await publishedUpdate(incident.id, "early")).id }, new Date()),
    ).toBe(0);

    expect(await confirmSubscription(token, new Date())).toMatchObject({ state: "confirmed" });
    expect(await confirmSubscription(token, new Date())).toMatchObject({ state: "already" });
    const subscriber = await db.subscriber.findUniqueOrThrow({ where: { email } });
    expect(subscriber).toMatchObject({ confirmNonce: null, unsubscribedAt: null, scope: "COMPONENTS" });

    const update = await publishedUpdate(incident.id, "We found the cause <b>and</b> a fix is rolling out.");
    await publishAndSend(update.id);
    const [notice] = mailsTo(email).filter((m) => m.key === `subscriber-notice:update:${update.id}:${subscriber.id}`);
    expect(notice.subject).toBe(`[Identified] ${incident.title}`);
    expect(notice.text).toContain("We found the cause <b>and</b> a fix is rolling out.");
    expect(notice.text).toContain("&lt;b&gt;and&lt;/b&gt;");
    const header = notice.headers.get("list-unsubscribe")!;
    expect(header).toMatch(/^<https?:\/\/.+\/status\/unsubscribe\/[A-Za-z0-9_.-]+>$/);
    expect(notice.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(notice.text).toContain(header.slice(1, -1));
    expect((await subscriberDeliveryCounts(incident.id)).get(update.id)).toEqual({
      sent: 1,
      pending: 0,
      retrying: 0,
      failed: 0,
    });

    const unsubscribeToken = tokenOf(header.slice(1, -1));
    expect(await inspectUnsubscribeLink(unsubscribeToken)).toEqual({ state: "active", email });
    expect(await unsubscribeByLink(unsubscribeToken, new Date())).toEqual({ state: "unsubscribed", email });
    expect(await unsubscribeByLink(unsubscribeToken, new Date())).toEqual({ state: "already", email });
    const audit = await db.auditLog.findMany({ where: { entityId: subscriber.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "subscriber.signup",
      "subscriber.confirm",
      "subscriber.unsubscribe",
      "subscriber.unsubscribe-repeated",
    ]);

    const next = await publishedUpdate(incident.id, "Monitoring the fix.");
    await publishAndSend(next.id);
    expect(await db.delivery.count({ where: { subscriberId: subscriber.id, statusUpdateId: next.id } })).toBe(0);
    expect(mailsTo(email).filter((m) => m.text.includes("Monitoring the fix."))).toEqual([]);
  });
});

describe("a double publish", () => {
  it("sends each subscriber one message, however often the notice is scheduled or run", async () => {
    const email = uniqueEmail("twice");
    const subscriber = await confirmedSubscriber(email);
    const incident = await incidentOn([(await componentBySlug("critical-service")).id]);
    const update = await publishedUpdate(incident.id, "Twice published.");
    await db.$transaction((tx) => scheduleSubscriberNotice(tx, { statusUpdateId: update.id }, new Date()));
    expect(await notifySubscribers(db, { statusUpdateId: update.id }, new Date())).toBeGreaterThanOrEqual(1);
    expect(await notifySubscribers(db, { statusUpdateId: update.id }, new Date())).toBe(0);
    await publishAndSend(update.id);
    expect(await db.job.count({ where: { key: `subscribers:update:${update.id}` } })).toBe(1);
    const key = `subscriber-notice:update:${update.id}:${subscriber.id}`;
    expect(smtp.countsByKey().get(key)).toBe(1);
  });

  it("sends nothing for a draft or an update that did not ask to notify", async () => {
    await confirmedSubscriber(uniqueEmail("quiet"));
    const incident = await incidentOn([(await componentBySlug("critical-service")).id]);
    const quiet = await publishedUpdate(incident.id, "Internal only.", { notify: false });
    const draft = await db.statusUpdate.create({
      data: {
        incidentId: incident.id,
        status: "MONITORING",
        message: "Draft",
        notifySubscribers: true,
        publishedAt: null,
      },
    });
    expect(await notifySubscribers(db, { statusUpdateId: quiet.id }, new Date())).toBe(0);
    expect(await notifySubscribers(db, { statusUpdateId: draft.id }, new Date())).toBe(0);
  });
});

describe("who an update concerns", () => {
  it("follows chosen components and groups, including components added to a group later", async () => {
    const [docs, ci, dev] = await Promise.all(
      ["documentation-generation", "ci-cd-pipeline", "development-environment"].map(componentBySlug),
    );
    const group = await db.componentGroup.create({ data: { slug: `tools-${Date.now()}`, name: "Tools" } });
    const byGroup = await confirmedSubscriber(uniqueEmail("group"), { scope: "GROUP", groupId: group.id });
    const byDocs = await confirmedSubscriber(uniqueEmail("docs"), { scope: "COMPONENTS", componentIds: [docs.id] });
    await db.component.update({ where: { id: ci.id }, data: { groupId: group.id } });

    const onCi = await publishedUpdate((await incidentOn([ci.id])).id, "CI is slow.");
    const onDev = await publishedUpdate((await incidentOn([dev.id])).id, "Dev is down.");
    await notifySubscribers(db, { statusUpdateId: onCi.id }, new Date());
    await notifySubscribers(db, { statusUpdateId: onDev.id }, new Date());
    const reached = async (id: string) =>
      (await db.delivery.findMany({ where: { statusUpdateId: id }, select: { subscriberId: true } })).map(
        (d) => d.subscriberId,
      );
    expect(await reached(onCi.id)).toContain(byGroup.id);
    expect(await reached(onCi.id)).not.toContain(byDocs.id);
    expect(await reached(onDev.id)).not.toContain(byGroup.id);
    expect(await reached(onDev.id)).not.toContain(byDocs.id);
  });

  it("mails a maintenance update to the subscribers of its components", async () => {
    const dev = await componentBySlug("development-environment");
    const subscriber = await confirmedSubscriber(uniqueEmail("maint"), { scope: "COMPONENTS", componentIds: [dev.id] });
    const maintenance = await db.maintenance.create({
      data: {
        title: "Database upgrade",
        scheduledStart: new Date(),
        scheduledEnd: new Date(Date.now() + 3_600_000),
        notifySubscribers: true,
        components: { create: [{ componentId: dev.id }] },
      },
    });
    const update = await db.maintenanceUpdate.create({
      data: { maintenanceId: maintenance.id, status: "IN_PROGRESS", message: "Started." },
    });
    await notifySubscribers(db, { maintenanceUpdateId: update.id }, new Date());
    expect(await db.delivery.count({ where: { subscriberId: subscriber.id } })).toBe(1);
    const mail = await mailTo(subscriber.email, /Database upgrade/);
    expect(mail.subject).toBe("[In progress] Database upgrade");
    expect(mail.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
  });
});

describe("no enumeration", () => {
  it("answers a repeat sign-up like a new one, and mails the owner a manage link instead", async () => {
    const known = uniqueEmail("known");
    const subscriber = await confirmedSubscriber(known, { scope: "ALL" });
    const fresh = uniqueEmail("fresh");
    const results = await Promise.all([
      subscribe(visitorCtx(new Date()), { email: known, scope: "GROUP", groupId: "" }, uniqueIp()).catch((e) => e),
      subscribe(visitorCtx(new Date()), { email: known.toUpperCase(), scope: "ALL" }, uniqueIp()),
      subscribe(visitorCtx(new Date()), { email: fresh, scope: "ALL" }, uniqueIp()),
    ]);
    expect(results[0]).toMatchObject({ code: "VALIDATION" });
    expect(results[1]).toEqual(results[2]);
    const already = await mailTo(known, /already subscribed/);
    expect(linkIn(already, "/status/subscriptions/manage/")).toBeTruthy();
    expect(await db.subscriber.findUniqueOrThrow({ where: { email: known } })).toMatchObject({
      scope: "ALL",
      confirmedAt: subscriber.confirmedAt,
    });
    await mailTo(fresh, /^Confirm/);
  });
});

describe("rate limits", () => {
  it("limits sign-ups per address and per IP, atomically", async () => {
    const now = new Date();
    const email = uniqueEmail("spam");
    const outcomes = await Promise.allSettled(
      Array.from({ length: SIGNUPS_PER_ADDRESS + 3 }, () =>
        subscribe(visitorCtx(now), { email, scope: "ALL" }, uniqueIp()),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(SIGNUPS_PER_ADDRESS);
    for (const o of outcomes.filter((o) => o.status === "rejected"))
      expect((o as PromiseRejectedResult).reason).toMatchObject({
        code: "RATE_LIMITED",
        message: /Try again in \d+ second/,
      });

    const ip = uniqueIp();
    for (let i = 0; i < SIGNUPS_PER_IP; i++)
      await subscribe(visitorCtx(now), { email: uniqueEmail("crowd"), scope: "ALL" }, ip);
    expect(
      await rejection(() => subscribe(visitorCtx(now), { email: uniqueEmail("crowd"), scope: "ALL" }, ip)),
    ).toMatchObject({
      code: "RATE_LIMITED",
    });
    // Later the address may try again.
    const later = new Date(now.getTime() + 16 * 60_000);
    await subscribe(visitorCtx(later), { email, scope: "ALL" }, uniqueIp());
  });
});

describe("bad, expired and reused links", () => {
  it("says which, and never throws", async () => {
    const email = uniqueEmail("links");
    await subscribe(visitorCtx(new Date()), { email, scope: "ALL" }, uniqueIp());
    const first = tokenOf(linkIn(await mailTo(email, /^Confirm/), "/status/subscribe/confirm/"));
    const sub = await db.subscriber.findUniqueOrThrow({ where: { email } });

    expect(await inspectConfirmLink("nonsense", new Date())).toEqual({ state: "invalid" });
    expect(await confirmSubscription(`${first}x`, new Date())).toEqual({ state: "invalid" });
    const old = tokenOf(confirmUrl(sub.id, sub.confirmNonce!, new Date(Date.now() - 49 * 3_600_000)));
    expect(await confirmSubscription(old, new Date())).toEqual({ state: "expired" });

    // A second sign-up sends a new link; the first is stale from then on.
    smtp.mails.length = 0;
    await subscribe(visitorCtx(new Date()), { email, scope: "ALL" }, uniqueIp());
    const second = tokenOf(linkIn(await mailTo(email, /^Confirm/), "/status/subscribe/confirm/"));
    expect(await confirmSubscription(first, new Date())).toEqual({ state: "used" });
    expect(await confirmSubscription(second, new Date())).toMatchObject({ state: "confirmed" });
    expect(await inspectConfirmLink(second, new Date())).toMatchObject({ state: "already" });

    expect(await inspectUnsubscribeLink("nonsense")).toEqual({ state: "invalid" });
    expect(await unsubscribeByLink(`${sub.id}.${"A".repeat(43)}`, new Date())).toEqual({ state: "invalid" });
    expect(await db.subscriber.findUniqueOrThrow({ where: { email } })).toMatchObject({ unsubscribedAt: null });
  });
});
