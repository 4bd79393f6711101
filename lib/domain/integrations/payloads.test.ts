import { describe, expect, it } from "vitest";
import { alertComponent, alertmanagerDedupKey, alertmanagerPayloadSchema, alertTitle } from "./alertmanager";
import { eventSchema } from "./events-v2";
import { asImpact, asIncidentTitle } from "./incident-fields";

const alert = {
  status: "firing",
  labels: { alertname: "HighErrorRate", severity: "critical", service: "documentation-generation" },
  annotations: { summary: "5xx above 5%", description: "Docs API failing" },
  startsAt: "2026-11-30T10:00:00.123456789Z",
  endsAt: "0001-01-01T00:00:00Z",
  generatorURL: "http://prometheus/graph",
  fingerprint: "a1b2c3",
};
const payload = {
  version: "4",
  groupKey: '{}:{alertname="HighErrorRate"}',
  status: "firing",
  receiver: "bridge",
  groupLabels: { alertname: "HighErrorRate" },
  commonLabels: {},
  commonAnnotations: {},
  externalURL: "http://alertmanager",
  alerts: [alert],
};
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((i) => i.path.join("."));

describe("Alertmanager payload", () => {
  it("accepts a real v4 payload, nanosecond times included", () => {
    const parsed = alertmanagerPayloadSchema.parse(payload);
    expect(parsed.alerts[0].fingerprint).toBe("a1b2c3");
  });

  it("names the bad field", () => {
    const bad = { ...payload, alerts: [{ ...alert, status: "pending", fingerprint: undefined }] };
    expect(issues(alertmanagerPayloadSchema.safeParse(bad)).sort()).toEqual([
      "alerts.0.fingerprint",
      "alerts.0.status",
    ]);
    expect(issues(alertmanagerPayloadSchema.safeParse({ ...payload, version: "3" }))).toEqual(["version"]);
    expect(
      issues(alertmanagerPayloadSchema.safeParse({ ...payload, alerts: [{ ...alert, startsAt: "yesterday" }] })),
    ).toEqual(["alerts.0.startsAt"]);
  });

  it("keys one firing of one alert by group, fingerprint and start", () => {
    const key = alertmanagerDedupKey(payload.groupKey, alert);
    expect(key).toBe(`${payload.groupKey}|a1b2c3|2026-11-30T10:00:00.123456789Z`);
    expect(alertmanagerDedupKey(payload.groupKey, { ...alert, startsAt: "2026-11-30T11:00:00Z" })).not.toBe(key);
  });

  it("titles from the summary, else the alert name, else the fallback", () => {
    const parsed = alertmanagerPayloadSchema.parse(payload).alerts[0];
    expect(alertTitle(parsed, "x")).toBe("5xx above 5%");
    expect(alertTitle({ ...parsed, annotations: {} }, "x")).toBe("HighErrorRate");
    expect(alertTitle({ ...parsed, annotations: {}, labels: {} }, "Alert from prom")).toBe("Alert from prom");
  });

  it("finds the component by its component or service label, only among known slugs", () => {
    const parsed = alertmanagerPayloadSchema.parse(payload).alerts[0];
    expect(alertComponent(parsed, ["documentation-generation"])).toBe("documentation-generation");
    expect(alertComponent(parsed, ["critical-service"])).toBeNull();
    const both = { ...parsed, labels: { component: "critical-service", service: "documentation-generation" } };
    expect(alertComponent(both, ["critical-service", "documentation-generation"])).toBe("critical-service");
  });
});

describe("Events v2 payload", () => {
  const trigger = {
    routing_key: "brs_x",
    event_action: "trigger",
    payload: { summary: "CPU hot", source: "web-1", severity: "warning" },
  };

  it("accepts a trigger without a dedup key and an acknowledge with one", () => {
    expect(eventSchema.safeParse(trigger).success).toBe(true);
    expect(eventSchema.safeParse({ event_action: "acknowledge", dedup_key: "k" }).success).toBe(true);
  });

  it("names what is missing or wrong", () => {
    expect(issues(eventSchema.safeParse({ event_action: "trigger" }))).toEqual(["payload"]);
    expect(issues(eventSchema.safeParse({ event_action: "resolve" }))).toEqual(["dedup_key"]);
    expect(issues(eventSchema.safeParse({ ...trigger, event_action: "snooze" }))).toEqual(["event_action"]);
    const bad = { ...trigger, payload: { summary: "", source: "web-1", severity: "fatal" } };
    expect(issues(eventSchema.safeParse(bad)).sort()).toEqual(["payload.severity", "payload.summary"]);
  });
});

describe("incident fields", () => {
  it("bounds a title to 3–200 characters on one line and an impact to 2000", () => {
    expect(asIncidentTitle("a\n b")).toBe("a b");
    expect(asIncidentTitle("x")).toBe("x..");
    expect(asIncidentTitle("y".repeat(300))).toHaveLength(200);
    expect(asImpact("z".repeat(3000))).toHaveLength(2000);
  });
});

describe("incident fields from machine text", () => {
  it("drops control characters instead of refusing the alert", () => {
    expect(asIncidentTitle("Disk\u0000 full\u0007")).toBe("Disk full");
    expect(asImpact("line one\r\nline\u0001 two")).toBe("line one\nline two");
  });
});
