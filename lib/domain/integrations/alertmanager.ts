// The Alertmanager webhook (payload version 4): its schema, the dedup key, and what an alert says.
import { z } from "zod";
import { asIncidentTitle } from "./incident-fields";

const labels = z.record(z.string().max(200), z.string().max(4000)).default({});
const url = z.string().max(4000).default("");
const when = z.iso.datetime({ offset: true, error: "Must be an RFC 3339 time" });

export const alertmanagerAlertSchema = z.object({
  status: z.enum(["firing", "resolved"], { error: "Must be firing or resolved" }),
  labels,
  annotations: labels,
  startsAt: when,
  endsAt: when.optional(),
  generatorURL: url,
  fingerprint: z.string({ error: "The alert's fingerprint is required" }).min(1).max(200),
});
export type AlertmanagerAlert = z.infer<typeof alertmanagerAlertSchema>;

export const alertmanagerPayloadSchema = z.object({
  version: z.literal("4", { error: 'Only webhook payload version "4" is understood' }),
  groupKey: z.string({ error: "groupKey is required" }).min(1).max(2000),
  truncatedAlerts: z.number().int().min(0).optional(),
  status: z.enum(["firing", "resolved"], { error: "Must be firing or resolved" }),
  receiver: z.string().max(200).default(""),
  groupLabels: labels,
  commonLabels: labels,
  commonAnnotations: labels,
  externalURL: url,
  alerts: z.array(alertmanagerAlertSchema, { error: "alerts must be a list" }).max(1000, "At most 1000 alerts"),
});
export type AlertmanagerPayload = z.infer<typeof alertmanagerPayloadSchema>;

/** One firing of one alert in one group: a resend by the HA peer or a retry carries the same key. */
export function alertmanagerDedupKey(groupKey: string, alert: Pick<AlertmanagerAlert, "fingerprint" | "startsAt">) {
  return `${groupKey}|${alert.fingerprint}|${alert.startsAt}`;
}

/** What the incident is called: the alert's summary, else its name. */
export function alertTitle(alert: AlertmanagerAlert, fallback: string): string {
  return asIncidentTitle(alert.annotations.summary?.trim() || alert.labels.alertname?.trim() || fallback);
}

/** The component the alert names by its `component` or `service` label, if Bridge knows that slug. */
export function alertComponent(alert: AlertmanagerAlert, known: readonly string[]): string | null {
  for (const label of ["component", "service"]) {
    const slug = alert.labels[label]?.trim().toLowerCase();
    if (slug && known.includes(slug)) return slug;
  }
  return null;
}
