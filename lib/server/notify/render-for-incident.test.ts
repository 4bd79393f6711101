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

  it("renders HTML and short variants, escaping incident text, and flags what the incident lacks", async () => {
    const [commander] = await users("COMMANDER");
    const incident = await declare(commander, { severity: "SEV2", impact: "<img src=x onerror=alert(1)> & more" });
    const promised = new Date("2031-01-02T03:04:00Z");
    await db.incident.update({ where: { id: incident.id }, data: { nextUpdateAt: promised } });
    const initial = await db.communicationTemplate.findUniqueOrThrow({ where: { key: "initial_notification" } });

    const r = await db.$transaction((tx) => renderForIncident(tx, incident.id, initial.id, new Date()));
    expect(r.body).toContain("Impact: <img src=x onerror=alert(1)> & more");
    expect(r.html).toContain("Impact: &lt;img src=x onerror=alert(1)&gt; &amp; more");
    expect(r.html).not.toContain("<img");
    expect(r.html).toMatch(/<p><a href="[^"]+\/status\/incidents\/[^"]+">/);
    expect(r.body).toContain("Next Update: 2031-01-02 03:04 UTC");
    expect(r.short).toBe(
      "INCIDENT ALERT: OpenAPI Documentation Generator disruption (SEV2 (high)). Next update 2031-01-02 03:04 UTC.",
    );
    expect(r).toMatchObject({ templateKey: "initial_notification", templateVersion: 1, missing: [], unknown: [] });

    const resolution = await db.communicationTemplate.findUniqueOrThrow({ where: { key: "resolution_notification" } });
    const early = await db.$transaction((tx) => renderForIncident(tx, incident.id, resolution.id, new Date()));
    expect(early.missing).toEqual(["resolution_time", "root_cause_summary", "resolution_actions", "postmortem_date"]);
    expect(early.body).toContain("Root Cause: {root_cause_summary}");
  });
});
