// A signed-in person's own subscription, and the admin's list and removal: role checked on the
// server, every change audited.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-that-is-long-enough";
});

import { createTestUser, ctxOf, rejection } from "@/scripts/test/fixtures";
import { db } from "../db";
import { listSubscribers } from "./list";
import { mySubscription, saveMySubscription, unsubscribeMe } from "./own";
import { removeSubscriber } from "./remove";
import { componentBySlug } from "./test-fixtures";

describe("one's own subscription", () => {
  it("subscribes the account's address without a confirmation link, changes it and ends it", async () => {
    const me = await createTestUser("STAKEHOLDER");
    const ctx = ctxOf(me);
    expect(await mySubscription(ctx)).toEqual({ email: me.email, subscription: null });

    const docs = await componentBySlug("documentation-generation");
    await saveMySubscription(ctx, { scope: "COMPONENTS", componentIds: [docs.id] });
    const { subscription } = await mySubscription(ctx);
    expect(subscription).toMatchObject({ scope: "COMPONENTS", componentIds: [docs.id], unsubscribedAt: null });
    expect(subscription?.confirmedAt).not.toBeNull();

    expect(
      await rejection(() => saveMySubscription(ctx, { scope: "COMPONENTS", componentIds: ["nope"] })),
    ).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { componentIds: ["Choose components from the list"] },
    });
    await unsubscribeMe(ctx);
    expect((await mySubscription(ctx)).subscription?.unsubscribedAt).not.toBeNull();
    await saveMySubscription(ctx, { scope: "ALL" });
    expect((await mySubscription(ctx)).subscription).toMatchObject({
      scope: "ALL",
      componentIds: [],
      unsubscribedAt: null,
    });

    const actions = await db.auditLog.findMany({
      where: { actorId: me.id, entityType: "Subscriber" },
      orderBy: { at: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual(["subscriber.update", "subscriber.unsubscribe", "subscriber.update"]);
  });
});

describe("the subscriber list", () => {
  it("counts each state and lets only admins remove a subscriber, audited", async () => {
    const [admin, commander] = await Promise.all([createTestUser("ADMIN"), createTestUser("COMMANDER")]);
    const before = (await listSubscribers(ctxOf(admin))).counts;
    const now = new Date();
    const [confirmed] = await Promise.all([
      db.subscriber.create({ data: { email: `c-${now.getTime()}@list.test`, confirmedAt: now } }),
      db.subscriber.create({ data: { email: `p-${now.getTime()}@list.test` } }),
      db.subscriber.create({ data: { email: `u-${now.getTime()}@list.test`, confirmedAt: now, unsubscribedAt: now } }),
    ]);
    const { counts, rows } = await listSubscribers(ctxOf(admin));
    expect(counts).toEqual({
      confirmed: before.confirmed + 1,
      pending: before.pending + 1,
      unsubscribed: before.unsubscribed + 1,
    });
    expect(rows.map((r) => r.email)).toContain(confirmed.email);

    expect(await rejection(() => listSubscribers(ctxOf(commander)))).toMatchObject({ code: "FORBIDDEN" });
    expect(await rejection(() => removeSubscriber(ctxOf(commander), { id: confirmed.id }))).toMatchObject({
      code: "FORBIDDEN",
    });
    await removeSubscriber(ctxOf(admin), { id: confirmed.id });
    expect(await db.subscriber.findUnique({ where: { id: confirmed.id } })).toBeNull();
    expect(await rejection(() => removeSubscriber(ctxOf(admin), { id: confirmed.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "subscriber.remove", entityId: confirmed.id },
    });
    expect(audit).toMatchObject({ actorId: admin.id, before: { email: confirmed.email, scope: "ALL" } });
  });
});
