// The Acknowledge button of a push notification posts the page's signed link, with no session.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-that-is-long-enough";
});

import { POST } from "@/app/ack/[token]/one-click/route";
import { ackToken } from "@/lib/server/ack-token";
import { systemCtx } from "@/lib/server/context";
import { db } from "@/lib/server/db";
import { handleEscalate } from "@/lib/server/jobs/handlers/escalate";
import { declare, users } from "../incidents/test-fixtures";

const post = (token: string) =>
  POST(new Request(`http://localhost/ack/${token}/one-click`, { method: "POST" }), {
    params: Promise.resolve({ token }),
  });

describe("POST /ack/[token]/one-click", () => {
  let incident: Awaited<ReturnType<typeof declare>>;
  let token: string;

  beforeAll(async () => {
    const [commander] = await users("COMMANDER");
    const now = new Date();
    incident = await declare(commander, { severity: "SEV1", now });
    await handleEscalate(systemCtx(now), { incidentId: incident.id, round: 0, position: 1, at: now });
    const page = await db.page.findFirstOrThrow({ where: { incidentId: incident.id } });
    token = ackToken(page.id, now);
  });

  it("acknowledges once, as the push notification of the paged level, then says it already was", async () => {
    const first = await post(token);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ state: "acknowledged", incident: { number: incident.number } });
    const row = await db.incident.findUniqueOrThrow({ where: { id: incident.id } });
    expect(row.acknowledgedAt).not.toBeNull();
    const event = await db.incidentEvent.findFirstOrThrow({ where: { incidentId: incident.id, kind: "ACKNOWLEDGED" } });
    expect(event.actorLabel).toBe("push notification (Primary on-call)");

    const again = await post(token);
    expect(await again.json()).toMatchObject({ state: "already" });
  });

  it("answers 404 to a link that is not valid, acknowledging nothing", async () => {
    const response = await post("not-a-token");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ state: "invalid", incident: null });
  });
});
