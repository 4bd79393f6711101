import "server-only";
import {
  alertComponent,
  alertmanagerDedupKey,
  alertmanagerPayloadSchema,
  alertTitle,
  type AlertmanagerAlert,
  type AlertmanagerPayload,
} from "@/lib/domain/integrations/alertmanager";
import { asImpact } from "@/lib/domain/integrations/incident-fields";
import { mapSeverity, readSeverityMap } from "@/lib/domain/integrations/severity-map";
import { isSeverity } from "@/lib/domain/severity";
import { db } from "../db";
import { admit } from "./admit";
import type { Source } from "./authenticate";
import { logEvent } from "./log-event";
import { processAlert, type AlertInput, type Processed } from "./process-alert";

export type AlertmanagerReceipt = { received: number; outcomes: (Processed & { fingerprint: string })[] };

function alertInput(
  source: Source,
  payload: AlertmanagerPayload,
  alert: AlertmanagerAlert,
  slugs: string[],
): AlertInput {
  const fallback = isSeverity(source.defaultSeverity) ? source.defaultSeverity : "SEV3";
  const severity = mapSeverity(readSeverityMap(source.severityMap), alert.labels[source.severityLabel], fallback);
  const title = alertTitle(alert, `Alert from ${source.name}`);
  const component = alertComponent(alert, slugs);
  return {
    kind: "alertmanager",
    action: alert.status,
    dedupKey: alertmanagerDedupKey(payload.groupKey, alert),
    groupKey: payload.groupKey,
    severity,
    summary: title,
    startsAt: new Date(alert.startsAt),
    declare: () => ({
      title,
      severity,
      componentSlugs: component ? [component] : source.componentSlugs,
      impact: asImpact(alert.annotations.description ?? payload.commonAnnotations.description ?? ""),
    }),
    // Each alert's log line keeps the group's envelope with just that alert.
    payload: { ...payload, alerts: [alert] },
  };
}

/**
 * An Alertmanager webhook: each alert of the group is decided on its own, in order. A failure
 * stops the rest with an error answer; alerts already applied are duplicates when it is resent.
 */
export async function receiveAlertmanager(source: Source, raw: unknown, now: Date): Promise<AlertmanagerReceipt> {
  const payload = await admit(source, "alertmanager", alertmanagerPayloadSchema, raw, now);
  if (payload.alerts.length === 0) {
    const line = { sourceId: source.id, receivedAt: now, outcome: "ignored" as const, detail: "No alerts", payload };
    await logEvent(db, line);
    return { received: 0, outcomes: [] };
  }
  const slugs = (await db.component.findMany({ select: { slug: true } })).map((c) => c.slug);
  const outcomes: AlertmanagerReceipt["outcomes"] = [];
  for (const alert of payload.alerts) {
    const processed = await processAlert(source, alertInput(source, payload, alert, slugs), now);
    outcomes.push({ fingerprint: alert.fingerprint, ...processed });
  }
  return { received: payload.alerts.length, outcomes };
}
