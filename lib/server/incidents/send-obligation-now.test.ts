// Sending a matrix obligation by hand, and previewing it first: deliveries once per recipient,
// the obligation marked sent, a second send refused, and a preview that writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { ctxOf, rejection } from "@/scripts/test/fixtures";
import { changeSeverity } from "./change-severity";
import { previewObligation } from "./preview-obligation";
import { sendObligationNow } from "./send-obligation-now";
import { declare, later, users, type TestUser } from "./test-fixtures";

describe("sendObligationNow and previewObligation", () => {
  const t0 = new Date("2026-06-02T03:00:00Z");
  let commander: TestUser, responder: TestUser, stakeholder: TestUser;
  let incidentId: string;
  const obligation = (key: string) =>
    db.notificationObligation.findFirstOrThrow({ where: { incidentId, group: { key } }, orderBy: { dueAt: "desc" } });

  beforeAll(async () => {
    [commander, responder, stakeholder] = await users("COMMANDER", "RESPONDER", "STAKEHOLDER");
    incidentId = (await declare(commander, { severity: "SEV2", now: t0 })).id;
  });

  it("previews the rendered message and its recipients without writing anything", async () => {
    const target = await obligation("incident_commander");
    const preview = await previewObligation(ctxOf(responder, later(t0, 1)), { obligationId: target.id });
    expect(preview).toMatchObject({
      obligationId: target.id,
      status: "PENDING",
      group: "Incident commander",
      templateKey: "initial_notification",
      missing: [],
    });
    expect(preview.subject).toBe("INCIDENT ALERT: OpenAPI Documentation Generator Service Disruption");
    expect(preview.body).toContain("Severity: SEV2 (high)");
    expect(preview.body).toContain(`Incident Commander: ${commander.name}`);
    expect(preview.body).toContain(`/status/incidents/${incidentId}`);
    expect(preview.recipients).toBe(2); // the demo commander: in the app and by e-mail
    expect(preview.channels.sort()).toEqual(["EMAIL", "IN_APP"]);
    expect(await db.delivery.count({ where: { obligationId: target.id } })).toBe(0);
    expect((await obligation("incident_commander")).status).toBe("PENDING");
  });

  it("refuses a preview to a stakeholder", async () => {
    const target = await obligation("incident_commander");
    expect((await rejection(() => previewObligation(ctxOf(stakeholder), { obligationId: target.id }))).code).toBe(
      "FORBIDDEN",
    );
  });

  it("sends to every member of the group, marks the obligation sent, and records it", async () => {
    const target = await obligation("engineering_manager");
    const now = later(t0, 5);
    const result = await sendObligationNow(ctxOf(commander, now), { obligationId: target.id });
    expect(result).toEqual({ obligationId: target.id, incidentId, deliveries: 1 });

    const deliveries = await db.delivery.findMany({ where: { obligationId: target.id } });
    expect(deliveries.map((d) => [d.channel, d.recipient, d.status])).toEqual([
      ["EMAIL", "eng-manager@company.com", "PENDING"],
    ]);
    expect(
      await db.job.count({ where: { kind: "deliver", key: `deliver:${deliveries[0].id}:0`, status: "PENDING" } }),
    ).toBe(1);
    expect(await obligation("engineering_manager")).toMatchObject({ status: "SENT", sentAt: now });
    const events = await db.incidentEvent.findMany({ where: { incidentId, kind: "NOTIFICATION_SENT" } });
    expect(events.map((e) => e.message)).toEqual([expect.stringContaining("Engineering manager")]);
    const audit = await db.auditLog.findMany({ where: { action: "obligation.send", entityId: target.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: commander.id, at: now, after: { status: "SENT", deliveries: 1 } });
  });

  it("refuses a second send with CONFLICT and sends nothing more", async () => {
    const target = await obligation("engineering_manager");
    const error = await rejection(() => sendObligationNow(ctxOf(commander, later(t0, 6)), { obligationId: target.id }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("The notification to Engineering manager was already sent.");
    expect(await db.delivery.count({ where: { obligationId: target.id } })).toBe(1);
  });

  it("lets only commanders send", async () => {
    const target = await obligation("affected_customers");
    for (const actor of [responder, stakeholder]) {
      expect((await rejection(() => sendObligationNow(ctxOf(actor), { obligationId: target.id }))).code).toBe(
        "FORBIDDEN",
      );
    }
    expect((await obligation("affected_customers")).status).toBe("PENDING");
  });

  it("answers NOT_FOUND for an unknown obligation and VALIDATION for a missing id", async () => {
    expect((await rejection(() => sendObligationNow(ctxOf(commander), { obligationId: "nope" }))).code).toBe(
      "NOT_FOUND",
    );
    const missing = await rejection(() => sendObligationNow(ctxOf(commander), {}));
    expect(missing.code).toBe("VALIDATION");
    expect(Object.keys(missing.fieldErrors ?? {})).toEqual(["obligationId"]);
  });

  it("refuses an obligation that a severity change cancelled", async () => {
    const cancelled = await obligation("affected_customers");
    await changeSeverity(ctxOf(commander, later(t0, 10)), { incidentId, severity: "SEV1" });
    const error = await rejection(() =>
      sendObligationNow(ctxOf(commander, later(t0, 11)), { obligationId: cancelled.id }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/cancelled/);
  });
});
