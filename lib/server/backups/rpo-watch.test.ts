// The RPO watch against real Postgres and a real SMTP server: a new breach is announced to the
// DR owners once (mail through the delivery pipeline), not again on the next check; recording a
// good backup ends it at once, and the next breach is announced again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RPO_WATCH_INTERVAL_MS } from "@/lib/domain/jobs";
import { startSmtpReceiver, type SmtpReceiver } from "@/scripts/fault/smtp-receiver";
import { createTestUser, ctxOf } from "@/scripts/test/fixtures";
import { configureSmtp } from "../channels/email";
import { systemCtx } from "../context";
import { db } from "../db";
import { handleDeliver } from "../jobs/handlers/deliver";
import { handleRpoWatch } from "../jobs/handlers/rpo-watch";
import { recordVerification } from "./record-verification";
import { ownAsset } from "./test-fixtures";

const MIN = 60_000;
let smtp: SmtpReceiver;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  configureSmtp({ host: "127.0.0.1", port: smtp.port, secure: false });
});

afterAll(async () => {
  configureSmtp(null);
  await smtp?.stop();
});

/** One watch round at `now`, then every e-mail it queued sent through the real deliver handler. */
async function watchAndSend(now: Date) {
  await handleRpoWatch(systemCtx(now), { at: now });
  const pending = await db.delivery.findMany({ where: { channel: "EMAIL", status: "PENDING" } });
  for (const d of pending) await handleDeliver(systemCtx(now), { deliveryId: d.id });
}

const mailsAbout = (name: string) => smtp.mails.filter((m) => m.subject === `RPO breached: ${name}`);

describe("the RPO watch", () => {
  it("announces a breach once, stays quiet on the next check, and announces a new breach after recovery", async () => {
    const commander = await createTestUser("COMMANDER");
    const responder = await createTestUser("RESPONDER");
    const t0 = new Date();
    const { asset, policy } = await ownAsset(60, 90, t0);

    await watchAndSend(t0);
    let mails = mailsAbout(asset.name);
    expect(mails.map((m) => m.to).flat()).toContain(commander.email);
    expect(mails.map((m) => m.to).flat()).not.toContain(responder.email);
    expect(mails.find((m) => m.to.includes(commander.email))?.text).toContain("last verified 1 h ago, RPO 1 h");
    const first = mails.length;
    expect((await db.dataAsset.findUniqueOrThrow({ where: { id: asset.id } })).rpoBreachNotifiedAt).toEqual(t0);
    // The round scheduled the next one.
    const next = new Date(t0.getTime() + RPO_WATCH_INTERVAL_MS).toISOString();
    expect(await db.job.count({ where: { key: `rpo-watch:${next}` } })).toBe(1);

    // Still breached five minutes later: nothing new.
    await watchAndSend(new Date(t0.getTime() + 5 * MIN));
    expect(mailsAbout(asset.name)).toHaveLength(first);

    // A good backup recorded by hand ends the breach at once.
    const t1 = new Date(t0.getTime() + 10 * MIN);
    await recordVerification(ctxOf(responder, t1), {
      policy: policy.key,
      verifiedAt: t1.toISOString().slice(0, 16),
      outcome: "ok",
      note: "",
    });
    expect((await db.dataAsset.findUniqueOrThrow({ where: { id: asset.id } })).rpoBreachNotifiedAt).toBeNull();
    await watchAndSend(new Date(t1.getTime() + 5 * MIN));
    expect(mailsAbout(asset.name)).toHaveLength(first);

    // Two hours on the copy is stale again: a new breach, a new notice.
    const t2 = new Date(t1.getTime() + 120 * MIN);
    await watchAndSend(t2);
    mails = mailsAbout(asset.name);
    expect(mails).toHaveLength(2 * first);
    expect(mails.map((m) => m.text).join("\n")).toContain("last verified 2 h ago, RPO 1 h");
    // Each delivery arrived exactly once.
    const emails = await db.delivery.findMany({
      where: { idempotencyKey: { startsWith: `rpo-breach:${asset.id}:` }, channel: "EMAIL" },
    });
    expect(emails).toHaveLength(2 * first);
    for (const e of emails) expect(smtp.countsByKey().get(e.idempotencyKey), e.idempotencyKey).toBe(1);
  });

  it("neither announces nor forgets on missing data", async () => {
    const t0 = new Date();
    const { asset } = await ownAsset(15, null, t0);
    await watchAndSend(t0);
    expect(mailsAbout(asset.name)).toHaveLength(0);
    const stamped = new Date(t0.getTime() - 30 * MIN);
    await db.dataAsset.update({ where: { id: asset.id }, data: { rpoBreachNotifiedAt: stamped } });
    await watchAndSend(new Date(t0.getTime() + 5 * MIN));
    expect((await db.dataAsset.findUniqueOrThrow({ where: { id: asset.id } })).rpoBreachNotifiedAt).toEqual(stamped);
  });
});
