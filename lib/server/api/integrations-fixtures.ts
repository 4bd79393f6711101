// Helpers for the inbound alert tests: a source made through the service, payloads, and requests.
import { randomUUID } from "node:crypto";
import { createSource } from "@/lib/server/integrations/create";
import { createTestUser, ctxOf } from "@/scripts/test/fixtures";

export async function sourceOf(kind: "alertmanager" | "events-v2", settings: Record<string, unknown> = {}) {
  const admin = await createTestUser("ADMIN");
  const { source, key } = await createSource(ctxOf(admin), {
    kind,
    name: `${kind} ${randomUUID().slice(0, 8)}`,
    severityMap: [
      { value: "critical", severity: "SEV1" },
      { value: "warning", severity: "SEV3" },
    ],
    defaultSeverity: "SEV2",
    componentSlugs: ["critical-service"],
    ...settings,
  });
  return { admin, source, key };
}

type AlertOptions = {
  status?: "firing" | "resolved";
  severity?: string;
  summary?: string;
  labels?: Record<string, string>;
};

export function alert(fingerprint: string, options: AlertOptions = {}) {
  return {
    status: options.status ?? "firing",
    labels: { alertname: "HighErrorRate", severity: options.severity ?? "warning", ...options.labels },
    annotations: { summary: options.summary ?? `Errors on ${fingerprint}`, description: "5xx above 5%" },
    startsAt: "2026-11-30T10:00:00.123456789Z",
    endsAt: options.status === "resolved" ? "2026-11-30T10:30:00Z" : "0001-01-01T00:00:00Z",
    generatorURL: "http://prometheus.example/graph",
    fingerprint,
  };
}

export function webhook(groupKey: string, alerts: ReturnType<typeof alert>[]) {
  return {
    version: "4",
    groupKey,
    status: alerts.some((a) => a.status === "firing") ? "firing" : "resolved",
    receiver: "bridge",
    groupLabels: { alertname: "HighErrorRate" },
    commonLabels: {},
    commonAnnotations: {},
    externalURL: "http://alertmanager.example",
    alerts,
  };
}

export function post(path: string, body: unknown, key: string | null) {
  return new Request(`http://localhost:3000${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
}

export const uniqueGroup = () => `{}:{alertname="HighErrorRate",job="${randomUUID().slice(0, 8)}"}`;
