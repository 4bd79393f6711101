// Changing severity re-plans what the matrix owes: pending obligations are cancelled and the new
// severity's are created, due from the moment of the change; what was sent stays sent.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { ctxOf, rejection } from "@/scripts/test/fixtures";
import { changeSeverity } from "./change-severity";
import { changeStatus } from "./change-status";
import { sendObligationNow } from "./send-obligation-now";
import { declare, later, planEntry, queuedObligationJobs, SEV1_PLAN, users, type TestUser } from "./test-fixtures";

describe("changeSeverity", () => {
  const t0 = new Date("2026-06-07T02:00:00Z");
  let commander: TestUser, responder: TestUser;
  let incidentId: string;
  const obligations = () =>
    db.notificationObligation.findMany({
      where: { incidentId },
      include: { group: true },
      orderBy: [{ dueAt: "asc" }, { groupId: "asc" }],
    });

  beforeAll(async () => {
    [commander, responder] = await users("COMMANDER", "RESPONDER");
    incidentId = (await declare(commander, { severity: "SEV2", now: t0 })).id;
  });

  it("re-plans SEV2 → SEV1: pending obligations cancelled, SEV1's created due from now, the sent one kept", async () => {
    const sent = (await obligations()).find((o) => o.group.key === "incident_commander")!;
    await sendObligationNow(ctxOf(commander, later(t0, 5)), { obligationId: sent.id });
    const now = later(t0, 10);
    const after = await changeSeverity(ctxOf(commander, now), { incidentId, severity: "SEV1" });
    expect(after.severity).toBe("SEV1");

    const all = await obligations();
    const by = (status: string) =>
      all
        .filter((o) => o.status === status)
        .map((o) => planEntry(o, status === "PENDING" ? now : t0))
        .sort();
    expect(by("SENT")).toEqual(["30:incident_commander"]);
    expect(by("CANCELLED")).toEqual(["120:affected_customers", "120:customer_success", "30:engineering_manager"]);
    expect(by("PENDING")).toEqual(SEV1_PLAN);
    const pending = all.filter((o) => o.status === "PENDING");
    expect(await queuedObligationJobs(pending)).toBe(pending.length);

    const event = await db.incidentEvent.findFirstOrThrow({ where: { incidentId, kind: "SEVERITY_CHANGED" } });
    expect(event.message).toBe("SEV2 → SEV1; 7 notification(s) re-planned");
    expect(await db.auditLog.count({ where: { action: "incident.severity", entityId: incidentId } })).toBe(1);
  });

  it("refuses the unchanged severity with CONFLICT on the field", async () => {
    const error = await rejection(() => changeSeverity(ctxOf(commander), { incidentId, severity: "SEV1" }));
    expect(error).toMatchObject({
      code: "CONFLICT",
      message: "The incident is already SEV1.",
      fieldErrors: { severity: ["Unchanged"] },
    });
  });

  it("refuses a responder, and a resolved incident", async () => {
    expect((await rejection(() => changeSeverity(ctxOf(responder), { incidentId, severity: "SEV3" }))).code).toBe(
      "FORBIDDEN",
    );
    await changeStatus(ctxOf(commander, later(t0, 20)), { incidentId, status: "RESOLVED" });
    const error = await rejection(() =>
      changeSeverity(ctxOf(commander, later(t0, 21)), { incidentId, severity: "SEV3" }),
    );
    expect(error).toMatchObject({ code: "CONFLICT", message: "Reopen the incident before changing its severity." });
  });
});
