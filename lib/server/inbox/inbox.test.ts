import { describe, expect, it } from "vitest";
import { systemCtx } from "../context";
import { db } from "../db";
import { declare, users } from "../incidents/test-fixtures";
import { handleEscalate } from "../jobs/handlers/escalate";
import { ctxOf } from "@/scripts/test/fixtures";
import { listInbox, countUnread } from "./list";
import { markInboxRead } from "./mark-read";

describe("in-app inbox", () => {
  it("shows a page to the paged user only, and marks it read", async () => {
    const [commander, other] = await users("COMMANDER", "RESPONDER");
    const t0 = new Date();
    // Page the primary level with the commander as its target, through the real handler; the
    // incident copies its policy when declared, so the target is added first.
    const policy = await db.escalationPolicy.findFirstOrThrow({
      where: { isDefault: true },
      include: { levels: { orderBy: { position: "asc" } } },
    });
    const primary = policy.levels[0];
    const target = await db.escalationTarget.create({
      data: { levelId: primary.id, userId: commander.id, label: "test" },
    });
    let incident: Awaited<ReturnType<typeof declare>>;
    try {
      incident = await declare(commander, { severity: "SEV2", now: t0 });
      await handleEscalate(systemCtx(t0), { incidentId: incident.id, round: 0, position: primary.position, at: t0 });
    } finally {
      await db.escalationTarget.delete({ where: { id: target.id } });
    }

    const inbox = await listInbox(ctxOf(commander));
    const page = inbox.items.find((m) => m.incident?.number === incident.number);
    expect(page?.subject).toContain(`#${incident.number}`);
    expect(page?.readAt).toBeNull();
    expect(await countUnread(ctxOf(commander))).toBeGreaterThan(0);
    expect((await listInbox(ctxOf(other))).items.some((m) => m.incident?.number === incident.number)).toBe(false);

    // Someone else cannot mark it read; its owner can, with an audit row.
    await markInboxRead(ctxOf(other), { deliveryId: page!.id });
    expect((await db.delivery.findUniqueOrThrow({ where: { id: page!.id } })).readAt).toBeNull();
    await markInboxRead(ctxOf(commander), { deliveryId: page!.id });
    expect((await db.delivery.findUniqueOrThrow({ where: { id: page!.id } })).readAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "inbox.read", actorId: commander.id } })).toBe(1);

    await markInboxRead(ctxOf(commander), {});
    expect(await countUnread(ctxOf(commander))).toBe(0);
  });
});
