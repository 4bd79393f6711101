import { describe, expect, it } from "vitest";
import { incidentValues, maintenanceValues, sampleIncidentFacts, type IncidentFacts } from "./incident-values";
import { render } from "./templates";

const base: IncidentFacts = {
  number: 7,
  title: "Registry down",
  severity: "SEV1",
  status: "INVESTIGATING",
  impact: "Deploys fail",
  startedAt: new Date("2026-11-28T10:00:00Z"),
  resolvedAt: null,
  rootCauseSummary: "",
  resolutionSummary: "",
  commanderName: "Casey",
  serviceName: "OpenAPI Documentation Generator",
  nextUpdateAt: null,
  postmortemPublishedAt: null,
  postmortemDueAt: null,
  postmortemWorkingDays: 5,
};

describe("incident template values", () => {
  it("fills the plan's initial notification completely", () => {
    const text =
      "INCIDENT ALERT: {service_name} Service Disruption\nStart Time: {incident_start_time}\nSeverity: {severity_level}\nImpact: {impact_description}\nNext Update: {next_update_time}\nIncident Commander: {commander_name}";
    const r = render(text, incidentValues(base, new Date("2026-11-28T10:05:00Z")));
    expect(r.missing).toEqual([]);
    expect(r.text).toContain("Start Time: 2026-11-28 10:00 UTC");
    expect(r.text).toContain("Severity: SEV1 (critical)");
    expect(r.text).toContain("Next Update: 2026-11-28 10:35 UTC");
  });

  it("adds resolution values once resolved", () => {
    const v = incidentValues(
      { ...base, resolvedAt: new Date("2026-11-28T11:35:00Z") },
      new Date("2026-11-28T12:00:00Z"),
    );
    expect(v.total_duration).toBe("1 h 35 min");
    expect(v.resolution_time).toBe("2026-11-28 11:35 UTC");
    // Resolved on Saturday 2026-11-28: five working days from the Monday after is Friday 2026-12-04.
    expect(v.postmortem_date).toBe("2026-12-04");
  });

  it("dates the postmortem by its publication, else its own due date, else the configured working days", () => {
    const resolved = { ...base, resolvedAt: new Date("2026-12-02T09:00:00Z") };
    const now = new Date("2026-12-03T00:00:00Z");
    // Wednesday + 2 working days = Friday.
    expect(incidentValues({ ...resolved, postmortemWorkingDays: 2 }, now).postmortem_date).toBe("2026-12-04");
    const started = { ...resolved, postmortemDueAt: new Date("2026-12-10T09:00:00Z") };
    expect(incidentValues(started, now).postmortem_date).toBe("2026-12-10");
    const published = { ...started, postmortemPublishedAt: new Date("2026-12-07T16:00:00Z") };
    expect(incidentValues(published, now).postmortem_date).toBe("2026-12-07");
  });

  it("leaves resolution placeholders unfilled while the incident is open", () => {
    expect(incidentValues(base, new Date()).resolution_time).toBeUndefined();
  });

  it("leaves out what the incident does not know yet, so it is reported missing instead of blank", () => {
    const v = incidentValues({ ...base, impact: " ", commanderName: null }, new Date("2026-11-28T10:05:00Z"));
    for (const name of ["root_cause_summary", "resolution_actions", "resolution_time", "postmortem_date"]) {
      expect(v).not.toHaveProperty(name);
    }
    // What the first, automatic notification can truthfully say before anyone has assessed it.
    expect(v).toMatchObject({ impact_description: "Under assessment.", commander_name: "Unassigned" });
    expect(render("Root cause: {root_cause_summary}", v).missing).toEqual(["root_cause_summary"]);
  });

  it("prefers the promised next update time to the severity's default", () => {
    const v = incidentValues({ ...base, nextUpdateAt: new Date("2026-11-28T11:00:00Z") }, new Date());
    expect(v.next_update_time).toBe("2026-11-28 11:00 UTC");
  });

  it("fills maintenance values and has a sample incident for previews", () => {
    const v = maintenanceValues({
      title: "Database upgrade",
      scheduledStart: new Date("2026-12-01T02:00:00Z"),
      scheduledEnd: new Date("2026-12-01T03:00:00Z"),
      serviceName: "Docs",
    });
    expect(v.maintenance_window).toBe("2026-12-01 02:00 UTC to 2026-12-01 03:00 UTC");
    const sample = incidentValues(
      sampleIncidentFacts(new Date("2026-11-28T10:00:00Z")),
      new Date("2026-11-28T10:00:00Z"),
    );
    expect(sample.incident_start_time).toBe("2026-11-28 09:35 UTC");
    expect(sample.resolution_time).toBeUndefined();
  });
});
