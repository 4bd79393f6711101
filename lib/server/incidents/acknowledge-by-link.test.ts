// The acknowledge link in a page e-mail: valid once, refused when expired or tampered with,
// and never acknowledging on a mere look (mail scanners open links).
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-that-is-long-enough";
});

import { ACK_LINK_TTL_MS } from "@/lib/server/ack-token";
import { systemCtx } from "@/lib/server/context";
import { db } from "@/lib/server/db";
import { handleEscalate } from "@/lib/server/jobs/handlers/escalate";
import { ctxOf } from "@/scripts/test/fixtures";
import { acknowledgeByLink, inspectAckLink } from "./acknowledge-by-link";
import { changeStatus } from "./change-status";
import { declare, later, users, type TestUser } from "./test-fixtures";

/** Pages level one the way the worker does and returns the acknowledge token from the e-mail. */
async function pageAndGetToken(incidentId: string, at: Date): Promise<string> {
  await handleEscalate(systemCtx(at), { incidentId, round: 0, position: 1, at: at });
  const mail = await db.delivery.findFirstOrThrow({ where: { incidentId, channel: "EMAIL", pageId: { not: null } } });
  const token = /\/ack\/([^\s]+)/.exec(mail.body)?.[1];
  if (!token) throw new Error(`no acknowledge link in: ${mail.body}`);
  return token;
}

describe("acknowledgeByLink", () => {
  const t0 = new Date("2026-06-04T01:30:00Z");
  let commander: TestUser;
  let incident: Awaited<ReturnType<typeof declare>>;
  let token: string;

  beforeAll(async () => {
    [commander] = await users("COMMANDER");
    incident = await declare(commander, { severity: "SEV1", now: t0 });
    token = await pageAndGetToken(incident.id, t0);
  });

  it("shows what the link is for without acknowledging anything", async () => {
    const state = await inspectAckLink(token, later(t0, 1));
    expect(state).toMatchObject({
      state: "open",
      level: "Primary on-call",
      incident: { number: incident.number, title: incident.title, acknowledgedAt: null },
    });
    expect((await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).acknowledgedAt).toBeNull();
  });

  it("refuses a tampered token and a token for another page", async () => {
    const [pageId, expires, signature] = token.split(".");
    const flipped = signature.slice(0, -1) + (signature.endsWith("A") ? "B" : "A");
    for (const bad of [
      `${pageId}.${expires}.${flipped}`,
      `${pageId}.${Number(expires) + 1}.${signature}`,
      `other.${expires}.${signature}`,
      "garbage",
      "",
    ]) {
      expect(await acknowledgeByLink(bad, later(t0, 1)), bad).toEqual({ state: "invalid" });
    }
    expect((await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).acknowledgedAt).toBeNull();
  });

  it("refuses the link once it has expired", async () => {
    const late = new Date(t0.getTime() + ACK_LINK_TTL_MS + 1000);
    expect(await inspectAckLink(token, late)).toEqual({ state: "expired" });
    expect(await acknowledgeByLink(token, late)).toEqual({ state: "expired" });
    expect((await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).acknowledgedAt).toBeNull();
  });

  it("acknowledges once, as the paged level by e-mail link, and stops escalation", async () => {
    const now = later(t0, 4);
    const state = await acknowledgeByLink(token, now);
    expect(state).toMatchObject({
      state: "acknowledged",
      level: "Primary on-call",
      incident: { number: incident.number, acknowledgedAt: now },
    });
    const stored = await db.incident.findUniqueOrThrow({ where: { id: incident.id }, include: { pages: true } });
    expect(stored.acknowledgedAt).toEqual(now);
    expect(
      stored.pages.every((p) => p.acknowledgedAt?.getTime() === now.getTime() && p.acknowledgedById === null),
    ).toBe(true);
    const event = await db.incidentEvent.findFirstOrThrow({ where: { incidentId: incident.id, kind: "ACKNOWLEDGED" } });
    expect(event).toMatchObject({ actorId: null, actorLabel: "e-mail link (Primary on-call)" });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "incident.acknowledge", entityId: incident.id },
    });
    expect(audit.actorLabel).toBe("e-mail link (Primary on-call)");

    await handleEscalate(systemCtx(later(t0, 15)), {
      incidentId: incident.id,
      round: 0,
      position: 2,
      at: later(t0, 15),
    });
    expect(await db.page.count({ where: { incidentId: incident.id } })).toBe(1);
  });

  it("says a second use of the link is already acknowledged, and changes nothing", async () => {
    const state = await acknowledgeByLink(token, later(t0, 6));
    expect(state).toMatchObject({ state: "already", incident: { acknowledgedAt: later(t0, 4) } });
    expect(await db.incidentEvent.count({ where: { incidentId: incident.id, kind: "ACKNOWLEDGED" } })).toBe(1);
  });

  it("says so when the incident was resolved before anyone acknowledged", async () => {
    const other = await declare(commander, { severity: "SEV1", now: t0 });
    const otherToken = await pageAndGetToken(other.id, t0);
    await changeStatus(ctxOf(commander, later(t0, 2)), { incidentId: other.id, status: "RESOLVED" });
    expect(await inspectAckLink(otherToken, later(t0, 3))).toMatchObject({ state: "resolved" });
    expect(await acknowledgeByLink(otherToken, later(t0, 3))).toMatchObject({ state: "resolved" });
    expect((await db.incident.findUniqueOrThrow({ where: { id: other.id } })).acknowledgedAt).toBeNull();
  });
});
