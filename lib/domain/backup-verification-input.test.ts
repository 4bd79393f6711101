import { describe, expect, it } from "vitest";
import { backupPolicySchema } from "./backup-policy-input";
import {
  apiVerificationSchema,
  fromManual,
  futureTimeError,
  manualVerificationSchema,
  utcMinuteValue,
} from "./backup-verification-input";

const NOW = new Date("2026-11-30T12:00:00Z");

describe("a verification recorded by hand", () => {
  it("reads the typed UTC minute and the outcome", () => {
    const input = manualVerificationSchema.parse({
      policy: "configuration",
      verifiedAt: "2026-11-30T11:40",
      outcome: "failed",
      note: " restore failed ",
    });
    expect(fromManual(input)).toEqual({
      policy: "configuration",
      verifiedAt: new Date("2026-11-30T11:40:00Z"),
      ok: false,
      note: "restore failed",
    });
    expect(utcMinuteValue(NOW)).toBe("2026-11-30T12:00");
  });

  it("names the field of a bad time or a missing outcome", () => {
    const result = manualVerificationSchema.safeParse({ policy: "configuration", verifiedAt: "yesterday", note: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["verifiedAt", "outcome"]);
  });
});

describe("a verification pushed by the API", () => {
  it("needs an RFC 3339 time and a boolean", () => {
    const result = apiVerificationSchema.safeParse({
      policy: "configuration",
      verifiedAt: "2026-11-30 11:40",
      ok: "yes",
    });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["verifiedAt", "ok"]);
    expect(
      apiVerificationSchema.parse({ policy: "p", verifiedAt: "2026-11-30T13:40:00+01:00", ok: true }),
    ).toMatchObject({
      verifiedAt: new Date("2026-11-30T12:40:00Z"),
      note: "",
    });
  });

  it("accepts a clock a few minutes ahead, not more", () => {
    expect(futureTimeError(new Date(NOW.getTime() + 5 * 60_000), NOW)).toBeNull();
    expect(futureTimeError(new Date(NOW.getTime() + 6 * 60_000), NOW)).toMatch(/more than 5 minutes in the future/);
  });
});

describe("a backup policy's form", () => {
  it("takes the scope one path per line, blank lines and repeats dropped", () => {
    const parsed = backupPolicySchema.parse({
      key: "configuration",
      name: "Configuration backup",
      tier: "primary",
      location: "vault",
      replication: "",
      frequency: "hourly",
      retention: "",
      encryption: "",
      compression: "",
      integrityCheck: "",
      scope: "Dockerfile\r\n\r\n.github/workflows/\nDockerfile",
      dataAsset: "",
    });
    expect(parsed.scope).toEqual(["Dockerfile", ".github/workflows/"]);
    expect(parsed.dataAsset).toBe("");
  });

  it("refuses an over-long field by name", () => {
    const result = backupPolicySchema.safeParse({
      key: "k",
      name: "n",
      tier: "t",
      location: "x".repeat(121),
      scope: [],
    });
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain("location");
  });
});
