import { describe, expect, it } from "vitest";
import { incidentValues, type IncidentFacts } from "./incident-values";
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
    expect(v.postmortem_date).toBe("2026-12-01");
  });

  it("leaves resolution placeholders unfilled while the incident is open", () => {
    expect(incidentValues(base, new Date()).resolution_time).toBeUndefined();
  });
});
