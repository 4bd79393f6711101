// Webhook URLs may carry secrets: the incident page and the matrix show them whole to admins
// only; everyone else sees scheme and host.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-that-is-long-enough";
});

import { db } from "@/lib/server/db";
import { getMatrix } from "@/lib/server/matrix/get-matrix";
import { ctxOf, rejection } from "@/scripts/test/fixtures";
import { getIncident } from "./get";
import { retryDelivery } from "./retry-delivery";
import { declare, users, type TestUser } from "./test-fixtures";

const SECRET = `s3cr3t-${randomUUID()}`;
const HOOK = `https://hooks.example.com/services/${SECRET}?token=${SECRET}`;

describe("webhook URLs on screen", () => {
  let admin: TestUser, commander: TestUser, responder: TestUser;
  let number: number;
  let sentId: string;

  beforeAll(async () => {
    [admin, commander, responder] = await users("ADMIN", "COMMANDER", "RESPONDER");
    const incident = await declare(commander, {
      severity: "SEV3",
      components: ["ci-cd-pipeline"],
      impact: "Builds are slow.",
      now: new Date("2026-06-02T02:00:00Z"),
    });
    number = incident.number;
    const webhookDelivery = (data: { status: "FAILED" | "SENT"; lastError?: string }) =>
      db.delivery.create({
        data: {
          incidentId: incident.id,
          channel: "WEBHOOK",
          recipient: HOOK,
          subject: "s",
          body: "b",
          idempotencyKey: `test:${randomUUID()}:WEBHOOK:${HOOK}`,
          ...data,
        },
      });
    await webhookDelivery({ status: "FAILED", lastError: `POST ${HOOK} refused` });
    sentId = (await webhookDelivery({ status: "SENT" })).id;
    await db.incidentEvent.create({
      data: {
        incidentId: incident.id,
        kind: "NOTIFICATION_FAILED",
        message: `Delivery failed, will retry: WEBHOOK to ${HOOK} — HTTP 500`,
      },
    });
    const group = await db.stakeholderGroup.create({
      data: { key: `test-mask-${randomUUID().slice(0, 8)}`, name: "Mask hooks" },
    });
    await db.stakeholderMember.create({
      data: { groupId: group.id, kind: "WEBHOOK", webhookUrl: HOOK, label: "Chat" },
    });
  });

  for (const role of ["commander", "responder"] as const) {
    it(`hides path and query from a ${role}`, async () => {
      const person = role === "commander" ? commander : responder;
      const view = await getIncident(ctxOf(person), number);
      expect(JSON.stringify(view)).not.toContain(SECRET);
      if (!view.internal) throw new Error("expected the internal view");
      expect(view.deliveries.find((d) => d.channel === "WEBHOOK")?.recipient).toBe("https://hooks.example.com/…");
      expect(view.events.map((e) => e.message)).toContain(
        "Delivery failed, will retry: WEBHOOK to https://hooks.example.com/… — HTTP 500",
      );
      const matrix = await getMatrix(ctxOf(person));
      expect(JSON.stringify(matrix)).not.toContain(SECRET);
      expect(matrix.groups.flatMap((g) => g.members ?? []).map((m) => m.webhookUrl)).toContain(
        "https://hooks.example.com/…",
      );
      const refused = await rejection(() => retryDelivery(ctxOf(person), { deliveryId: sentId }));
      expect(refused.message).toBe("This message to https://hooks.example.com/… was sent already.");
    });
  }

  it("shows an admin the whole URL", async () => {
    const view = await getIncident(ctxOf(admin), number);
    if (!view.internal) throw new Error("expected the internal view");
    expect(view.deliveries.map((d) => d.recipient)).toContain(HOOK);
    const matrix = await getMatrix(ctxOf(admin));
    expect(matrix.groups.flatMap((g) => g.members ?? []).map((m) => m.webhookUrl)).toContain(HOOK);
  });
});
