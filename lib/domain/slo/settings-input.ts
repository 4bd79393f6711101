// Input shapes of SLO settings and health checks as an admin edits them; shared by the forms,
// their actions and the services. Every bound is named in its message, next to its field.
import { z } from "zod";
import { SEVERITIES } from "../severity";
import { ID_MAX, optionalText, text } from "../text";
import { chooseOne } from "../vocabulary";
import { SLO_ALERT_MODES, SLO_WINDOWS } from "./vocabulary";

// A blank box is a missing answer, not zero.
const blankIsMissing = (v: unknown) => (typeof v === "string" && v.trim() === "" ? Number.NaN : v);

function wholeNumber(min: number, max: number, unit: string) {
  return z
    .preprocess(blankIsMissing, z.coerce.number({ error: `Enter a whole number of ${unit}` }))
    .refine(Number.isInteger, { message: `Enter a whole number of ${unit}`, abort: true })
    .refine((n) => n >= min && n <= max, `Between ${min} and ${max} ${unit}`);
}

const id = (what: string) => text(ID_MAX, { error: `${what} is required` }).min(1, `${what} is required`);
const severity = z.enum(SEVERITIES, { error: chooseOne(SEVERITIES) });

export const SLO_TARGET_MIN = 50;
export const CHECK_METHODS = ["GET", "HEAD", "POST"] as const;

export const sloSettingsSchema = z.object({
  slug: id("SLO"),
  targetPercent: z
    .preprocess(blankIsMissing, z.coerce.number({ error: "Enter a percentage, e.g. 99.9" }))
    .refine(Number.isFinite, "Enter a percentage, e.g. 99.9")
    .refine(
      (n) => n >= SLO_TARGET_MIN && n <= 100,
      `Between ${SLO_TARGET_MIN} and 100 % (100 % leaves no error budget)`,
    )
    .refine((n) => Math.round(n * 1000) === n * 1000, "At most three decimals, e.g. 99.995"),
  // Required for a latency SLO; the service knows the kind and says so next to this field.
  thresholdMs: z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? undefined : v),
    wholeNumber(1, 600_000, "milliseconds").optional(),
  ),
  window: z.enum(SLO_WINDOWS, { error: chooseOne(SLO_WINDOWS) }),
  windowDays: wholeNumber(1, 90, "days"),
  minRequests: wholeNumber(0, 1_000_000_000, "requests"),
  expectedIntervalSeconds: wholeNumber(10, 86_400, "seconds"),
  alertMode: z.enum(SLO_ALERT_MODES, { error: chooseOne(SLO_ALERT_MODES) }),
  pageSeverity: severity,
  ticketSeverity: severity,
});
export type SloSettingsInput = z.infer<typeof sloSettingsSchema>;

const optionalId = optionalText(ID_MAX);

export const healthCheckSchema = z
  .object({
    /** Absent when creating. */
    id: optionalId,
    serviceId: id("Service"),
    name: text(100, { error: "Name is required" }).min(1, "Name is required"),
    url: text(2000, { error: "URL is required" })
      .min(1, "URL is required")
      .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), "Enter an http:// or https:// URL"),
    method: z.enum(CHECK_METHODS, { error: chooseOne(CHECK_METHODS) }),
    expectedStatus: wholeNumber(100, 599, "(an HTTP status)"),
    intervalSeconds: wholeNumber(10, 86_400, "seconds"),
    timeoutMs: wholeNumber(100, 60_000, "milliseconds"),
    enabled: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
    availabilitySloId: optionalId,
    latencySloId: optionalId,
  })
  // A run must end before the next one is due.
  .refine((v) => v.timeoutMs < v.intervalSeconds * 1000, {
    path: ["timeoutMs"],
    message: "Must be shorter than the interval",
  });
export type HealthCheckInput = z.infer<typeof healthCheckSchema>;

export const checkIdSchema = z.object({ id: id("Check") });
export const checkEnabledSchema = z.object({
  id: id("Check"),
  enabled: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
});
