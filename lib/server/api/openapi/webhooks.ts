import "server-only";
import { toOpenApiSchema, type JsonSchema } from "../json-schema";
import { WebhookNotification } from "../schemas/webhooks";
import type { OpenApiDocument, Parameter } from "./parts";

// The outbound webhooks of Bridge (OpenAPI 3.1 `webhooks`): what a receiver gets, and how it
// proves the message came from Bridge. lib/server/channels/webhook.ts sends and signs it.

const SIGNATURE = [
  "When the member has a signing secret, `X-Bridge-Signature` is `sha256=` followed by the lower-case hex",
  "HMAC-SHA256, keyed with that secret, of the string `<X-Bridge-Timestamp>.<raw request body>`.",
  "To verify: recompute it over the exact bytes received, compare in constant time, and refuse a",
  "timestamp more than a few minutes from your clock (a replayed message). A retry of the same delivery",
  "carries the same `Idempotency-Key` (`bridge-delivery-<id>`): drop a key you have already handled.",
  "Any non-2xx answer or no answer within the member's timeout (default 5 s) is retried with backoff.",
].join(" ");

const header = (
  name: string,
  description: string,
  schema: JsonSchema = { type: "string" },
  required = true,
): Parameter => ({
  name,
  in: "header",
  description,
  required,
  schema,
});

/** The `webhooks` object, adding the payload schemas to `components`. */
export function webhooksOf(components: Record<string, JsonSchema>): NonNullable<OpenApiDocument["webhooks"]> {
  return {
    incidentNotification: {
      post: {
        operationId: "incidentNotificationWebhook",
        summary: "Notification to a webhook member",
        description: `Sent to each webhook member of a stakeholder group the notification matrix notifies. ${SIGNATURE}`,
        tags: ["Webhooks"],
        parameters: [
          header("Idempotency-Key", "`bridge-delivery-<delivery id>`, the same on every retry."),
          header("X-Bridge-Timestamp", "Unix time in seconds when this attempt was signed."),
          header(
            "X-Bridge-Signature",
            "`sha256=<hex HMAC>`; only when the member has a signing secret.",
            { type: "string", pattern: "^sha256=[0-9a-f]{64}$" },
            false,
          ),
          header("User-Agent", "`Bridge-Webhook/1`."),
        ],
        requestBody: {
          required: true,
          content: { "application/json": { schema: toOpenApiSchema(WebhookNotification, "output", components) } },
        },
        responses: {
          "2XX": { description: "Received; any 2xx ends the delivery." },
          default: { description: "Anything else (or a timeout) is a failure: Bridge retries with backoff." },
        },
      },
    },
  };
}
