import { describe, expect, it } from "vitest";
import { db } from "../db";
import { changeStatus } from "../incidents/change-status";
import { declare, users } from "../incidents/test-fixtures";
import { ctxOf } from "@/scripts/test/fixtures";
import { renderForIncident } from "./render-for-incident";

describe("renderForIncident", () => {
  it("renders the rule's initial notification while open, and the resolution notification once resolved", async () => {
    const [commander] = await users("COMMANDER");
    const incident = await declare(commander, { severity: "SEV1", impact: "Docs are stale." });
    const initial = await db.communicationTemplate.findUniqueOrThrow({ where: { key: "initial_notification" } });

    const open = await db.$transaction((tx) => renderForIncident(tx, incident.id, initial.id, new Date()));
    expect(open.subject).toBe("INCIDENT ALERT: OpenAPI Documentation Generator Service Disruption");
    expect(open.body).toContain("Impact: Docs are stale.");
    expect(open.missing).toEqual([]);

    await changeStatus(ctxOf(commander), {
      incidentId: incident.id,
      status: "RESOLVED",
      rootCauseSummary: "Disk full",
      resolutionSummary: "Freed space",
    });
    const done = await db.$transaction((tx) => renderForIncident(tx, incident.id, initial.id, new Date()));
    expect(done.subject).toBe("INCIDENT RESOLVED: OpenAPI Documentation Generator Service Restored");
    expect(done.body).toContain("Root Cause: Disk full");
    expect(done.body).not.toContain("INVESTIGATING");
    expect(done.missing).toEqual([]);
  });
});
