// SLO settings and health-check forms: what is refused, with which words, on which field.
import { describe, expect, it } from "vitest";
import { healthCheckSchema, sloSettingsSchema } from "./settings-input";

const SETTINGS = {
  slug: "availability",
  targetPercent: "99.9",
  thresholdMs: "",
  window: "ROLLING",
  windowDays: "30",
  minRequests: "100",
  expectedIntervalSeconds: "300",
  alertMode: "DRY_RUN",
  pageSeverity: "SEV2",
  ticketSeverity: "SEV3",
};
const CHECK = {
  serviceId: "svc",
  name: "API health",
  url: "https://api.company.com/health",
  method: "GET",
  expectedStatus: "200",
  intervalSeconds: "60",
  timeoutMs: "5000",
  enabled: "on",
};

function errors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("sloSettingsSchema", () => {
  it("reads a form's strings as numbers; a blank threshold is none", () => {
    expect(sloSettingsSchema.parse(SETTINGS)).toMatchObject({
      targetPercent: 99.9,
      thresholdMs: undefined,
      windowDays: 30,
      minRequests: 100,
      alertMode: "DRY_RUN",
    });
    expect(sloSettingsSchema.parse({ ...SETTINGS, thresholdMs: "3000" }).thresholdMs).toBe(3000);
  });

  it("names each bad field", () => {
    const result = sloSettingsSchema.safeParse({
      ...SETTINGS,
      targetPercent: "100.5",
      windowDays: "",
      minRequests: "-1",
      expectedIntervalSeconds: "2.5",
      alertMode: "LOUD",
    });
    expect(errors(result)).toEqual({
      targetPercent: "Between 50 and 100 % (100 % leaves no error budget)",
      windowDays: "Enter a whole number of days",
      minRequests: "Between 0 and 1000000000 requests",
      expectedIntervalSeconds: "Enter a whole number of seconds",
      alertMode: "Choose OFF, DRY_RUN or ON",
    });
  });

  it("accepts 100 % and three decimals, not four", () => {
    expect(sloSettingsSchema.safeParse({ ...SETTINGS, targetPercent: "100" }).success).toBe(true);
    expect(sloSettingsSchema.safeParse({ ...SETTINGS, targetPercent: "99.995" }).success).toBe(true);
    expect(errors(sloSettingsSchema.safeParse({ ...SETTINGS, targetPercent: "99.9995" }))).toEqual({
      targetPercent: "At most three decimals, e.g. 99.995",
    });
  });
});

describe("healthCheckSchema", () => {
  it("accepts the plan's check; an unchecked box is disabled", () => {
    expect(healthCheckSchema.parse(CHECK)).toMatchObject({ expectedStatus: 200, enabled: true });
    expect(healthCheckSchema.parse({ ...CHECK, enabled: undefined }).enabled).toBe(false);
  });

  it("refuses what cannot be requested", () => {
    expect(
      errors(healthCheckSchema.safeParse({ ...CHECK, url: "ftp://x/health", method: "PUT", expectedStatus: "99" })),
    ).toEqual({
      url: "Enter an http:// or https:// URL",
      method: "Choose GET, HEAD or POST",
      expectedStatus: "Between 100 and 599 (an HTTP status)",
    });
  });

  it("wants the timeout shorter than the interval", () => {
    expect(errors(healthCheckSchema.safeParse({ ...CHECK, intervalSeconds: "10", timeoutMs: "10000" }))).toEqual({
      timeoutMs: "Must be shorter than the interval",
    });
  });
});
