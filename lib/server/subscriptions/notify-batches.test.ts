// Thousands of subscribers: the notice is written in batches (never one giant transaction), each
// subscriber it concerns gets exactly one delivery and one send job, and a re-run adds nothing.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-that-is-long-enough";
});

import { NOTICE_BATCH_SIZE } from "@/lib/domain/subscriptions";
import { db } from "../db";
import { notifySubscribers } from "./notify";
import { componentBySlug, incidentOn, publishedUpdate } from "./test-fixtures";

const EVERYONE = 2 * NOTICE_BATCH_SIZE + 137;
const ELSEWHERE = 150;

describe("a notice to thousands of subscribers", () => {
  it("creates one delivery and send job per concerned subscriber, in batches, once", async () => {
    const [docs, ci] = await Promise.all(["documentation-generation", "ci-cd-pipeline"].map(componentBySlug));
    const confirmedAt = new Date();
    await db.subscriber.createMany({
      data: Array.from({ length: EVERYONE }, (_, i) => ({ email: `all-${i}@bulk.test`, confirmedAt })),
    });
    await db.subscriber.createMany({
      data: Array.from({ length: ELSEWHERE }, (_, i) => ({
        email: `ci-${i}@bulk.test`,
        confirmedAt,
        scope: "COMPONENTS" as const,
      })),
    });
    const elsewhere = await db.subscriber.findMany({ where: { email: { startsWith: "ci-" } }, select: { id: true } });
    await db.subscriberComponent.createMany({
      data: elsewhere.map((s) => ({ subscriberId: s.id, componentId: ci.id })),
    });
    await db.subscriber.createMany({
      data: [{ email: "pending@bulk.test" }, { email: "gone@bulk.test", confirmedAt, unsubscribedAt: new Date() }],
    });

    const update = await publishedUpdate((await incidentOn([docs.id])).id, "Bulk notice.");
    const started = performance.now();
    expect(await notifySubscribers(db, { statusUpdateId: update.id }, new Date())).toBe(EVERYONE);
    const ms = performance.now() - started;
    console.log(`subscriber notice: ${EVERYONE} deliveries in ${Math.round(ms)} ms`);

    const deliveries = await db.delivery.findMany({
      where: { statusUpdateId: update.id },
      select: { id: true, recipient: true, html: true },
    });
    expect(deliveries).toHaveLength(EVERYONE);
    expect(deliveries.every((d) => d.recipient.startsWith("all-") && d.html?.includes("Bulk notice."))).toBe(true);
    const jobs = await db.job.count({
      where: { kind: "deliver", key: { in: deliveries.map((d) => `deliver:${d.id}:0`) } },
    });
    expect(jobs).toBe(EVERYONE);

    expect(await notifySubscribers(db, { statusUpdateId: update.id }, new Date())).toBe(0);
    expect(await db.delivery.count({ where: { statusUpdateId: update.id } })).toBe(EVERYONE);
  });
});
