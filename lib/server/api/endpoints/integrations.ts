import "server-only";
import { alertmanagerPayloadSchema } from "@/lib/domain/integrations/alertmanager";
import { eventSchema } from "@/lib/domain/integrations/events-v2";
import { OUTCOME } from "@/lib/domain/integrations/vocabulary";
import { authenticateSource } from "../../integrations/authenticate";
import { receiveAlertmanager } from "../../integrations/receive-alertmanager";
import { receiveEvent } from "../../integrations/receive-event";
import { endpoint } from "../endpoint";
import { incidentUrl } from "../incident-json";
import { AlertmanagerReceipt, EventReceipt } from "../schemas/integrations";

// Inbound alerts from configured sources (/admin/integrations). The handler authenticates the
// source's key itself and validates the payload after it, so a refused payload is logged on its source.

const tag = "Inbound alerts";

/** `Authorization: Bearer <key>`, or null. */
function bearer(request: Request): string | null {
  return /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "")?.[1] ?? null;
}

export const receiveAlertmanagerWebhook = endpoint({
  method: "POST",
  path: "/api/v1/alerts/alertmanager",
  operationId: "receiveAlertmanagerWebhook",
  summary: "Receive an Alertmanager webhook",
  description:
    "Alertmanager's `webhook_configs` payload (version 4) with the source's key as `Authorization: Bearer brs_…`. " +
    "A new firing alert declares an incident, or joins the open incident of its group; the same alert again " +
    "(HA pair, retry) changes nothing; a resolved alert is marked on the timeline and, with auto-resolve, " +
    "resolves the incident once all its alerts have. Never rate limited.",
  tag,
  auth: "source",
  body: alertmanagerPayloadSchema,
  errors: [422],
  responses: { 200: { description: "What happened to each alert", schema: AlertmanagerReceipt } },
  handler: async (ctx, { raw, request }) => {
    const source = await authenticateSource(bearer(request));
    const receipt = await receiveAlertmanager(source, raw, ctx.now);
    return {
      body: {
        received: receipt.received,
        outcomes: receipt.outcomes.map((o) => ({
          fingerprint: o.fingerprint,
          outcome: o.outcome,
          incident: o.incident ? { number: o.incident.number, url: incidentUrl(o.incident.number) } : null,
        })),
      },
    };
  },
});

export const receiveEventV2 = endpoint({
  method: "POST",
  path: "/api/v1/events",
  operationId: "receiveEventV2",
  summary: "Receive an Events API v2 event",
  description:
    "PagerDuty Events API v2 compatible: `routing_key` is the source's key (or send it as a Bearer header). " +
    "`trigger` declares an incident (or notes a changed summary on the open one of its `dedup_key`), " +
    "`acknowledge` acknowledges its pages, `resolve` resolves it. Never rate limited.",
  tag,
  auth: "source",
  body: eventSchema,
  errors: [422],
  responses: { 202: { description: "Accepted", schema: EventReceipt } },
  handler: async (ctx, { raw, request }) => {
    const routingKey = (raw as { routing_key?: unknown }).routing_key;
    // The body's key wins: it is what Events v2 senders use; the header is for senders that prefer one.
    const source = await authenticateSource(typeof routingKey === "string" ? routingKey : bearer(request));
    const processed = await receiveEvent(source, raw, ctx.now);
    const where = processed.incident ? ` (incident #${processed.incident.number})` : "";
    return {
      status: 202,
      body: {
        status: "success",
        message: `Event processed: the alert ${OUTCOME[processed.outcome].words}${where}.`,
        dedup_key: processed.dedupKey,
      },
    };
  },
});
